// Where validation findings are collected, and how they name the objects they concern.
#pragma once

#include "validationfindings.h"

#include <utility>

namespace ipsec::validation {

// "'name'", or "(unnamed)" for an empty name: how messages and object paths quote a name.
QString quoted(const QString &name);

// Locations of store objects, with the human-readable object path the Problems panel shows.
Location storeLocation(const QString &field = {});
Location filterListLocation(const FilterList &list, const QString &field = {});
Location filterLocation(const FilterList &list, std::size_t index, const QString &field = {});
Location filterActionLocation(const FilterAction &action, const QString &field = {});
Location policyLocation(const Policy &policy, const QString &field = {});
Location ruleLocation(const Policy &policy, const Rule &rule, const QString &field = {});
Location defaultResponseLocation(const Policy &policy, const QString &field = {});

// Collects findings; the severity and the general hint come from the code's catalogue entry.
class FindingSink {
public:
    void add(Code code, Location location, QString message, QString hint = {});
    void append(Findings &&findings) { m_findings.append(std::move(findings)); } // made by another sink
    Findings take() { return std::move(m_findings); }

private:
    Findings m_findings;
};

} // namespace ipsec::validation
