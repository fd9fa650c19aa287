// Will two computers negotiate? Every flow one side's policy secures is looked up in the other side's policy
// (docs/analysis.md, "Peer compatibility"): does it cover the flow, and do the two share a quick-mode offer,
// a main-mode method, an authentication method and the PFS setting? Codes IPS-600..608 (docs/findings.md).
#pragma once

#include "core/finding.h"
#include "explain.h"

#include <vector>

namespace ipsec::analysis {

struct PeerOptions {
    QString policyA; // empty: the assigned policy, else the only one
    QString policyB;
    // What `me` stands for on each side, when known: then a flow's sides are told apart by address.
    QList<IpAddress> addressesA;
    QList<IpAddress> addressesB;
};

struct PeerProblem {
    Finding finding; // located at the securing side's rule
    QString flow;    // the packet checked, as parsePacket reads it
    char side = 'a'; // the side whose policy secures the flow: 'a' or 'b'
};

struct PeerReport {
    QString error; // a policy cannot be chosen: nothing was checked
    int flowsChecked = 0;
    std::vector<PeerProblem> problems;

    bool compatible() const;
};

struct PeerCodeInfo {
    const char *code;
    Severity severity;
    const char *meaning;
    const char *hint;
};
const std::vector<PeerCodeInfo> &peerCodes(); // IPS-600.., in order (docs/findings.md lists them)

PeerReport checkPeers(const StoreData &a, const StoreData &b, const PeerOptions &options = {});
QString describe(const PeerReport &report); // one line per problem and a verdict

} // namespace ipsec::analysis
