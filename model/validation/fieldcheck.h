// Checks of one field's text as the engineer typed it, before it reaches the document: the one set of rules
// the editor pages, the wizards and their dialogs share (docs/gui.md, "What is typed is what is saved").
// A problem is a Finding: the field codes IPS-025..IPS-029 and IPS-071..IPS-079 (docs/findings.md), or the
// validator's own code where the store would get the same finding (IPS-005, IPS-014, IPS-015, IPS-019,
// IPS-021), so the wizard and the editor name a problem alike. The caller fills in the object of the
// Location; each function sets Location::field.
#pragma once

#include "core/finding.h"
#include "core/types.h"
#include "validator.h"

#include <functional>
#include <optional>

namespace ipsec::fieldcheck {

template <typename T> struct Checked {
    std::optional<T> value; // what the text means, when it is complete (the document may take it)
    Findings problems;      // why there is no value; or errors the value still has (a wizard refuses them)

    bool ok() const { return value.has_value(); }
    // Complete and free of errors: what a wizard's Next and a dialog's OK need.
    bool acceptable() const { return value.has_value() && !hasErrors(problems); }
    QString message() const { return problems.isEmpty() ? QString() : problems.front().message; }
};

// "10.0.1.5", "10.0.1.0/24", "10.0.1.0/255.255.255.0" or IPv6: the address-or-subnet field. A subnet whose
// mask is not contiguous (IPS-014) or whose address has bits outside it (IPS-015) has a value and an error.
Checked<FilterAddress> addressOrSubnet(const QString &text, const QString &field);
// One IP address: a range's start or end, a tunnel endpoint.
Checked<IpAddress> ipAddress(const QString &text, const QString &field);
// A range from two fields; `field` is the side ("source"), the problems name side.address or side.rangeEnd.
Checked<FilterAddress> addressRange(const QString &first, const QString &last, const QString &field);
// A host name: not empty, no spaces, labels of letters, digits and hyphens (a trailing dot is allowed).
Checked<QString> hostName(const QString &text, const QString &field);
// A port 1-65535.
Checked<std::uint16_t> port(const QString &text, const QString &field);
// A port with an optional range end (empty: a single port).
Checked<PortRange> portRange(const QString &first, const QString &last, const QString &field);
// A whole number in [minimum, maximum] ("protocol numbers go up to 255").
Checked<int> number(const QString &text, int minimum, int maximum, const QString &field);
// The name of a new or renamed object: not empty (IPS-005), not taken by another of its kind (IPS-027).
Checked<QString> objectName(const QString &text, const std::function<bool(const QString &)> &taken,
                            const QString &field);

// The field codes, in code order, for docs/findings.md and the tests.
const QList<FindingCodeInfo> &codes();

} // namespace ipsec::fieldcheck
