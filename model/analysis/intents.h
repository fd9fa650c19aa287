// Checking the intents stored with a document: does the policy do with each packet what the user expects?
#pragma once

#include "explain.h"

#include <vector>

namespace ipsec::analysis {

struct IntentResult {
    enum class Status : std::uint8_t {
        Pass,      // the policy treats the packet as expected
        Fail,      // it does something else
        Tie,       // the expected treatment is one of two equally specific filters' (Q1): undecided
        Unchecked, // the packet does not parse, or the policy cannot be found
    };
    Status status = Status::Unchecked;
    Treatment actual = Treatment::None;
    const Policy *policy = nullptr;
    QString winnerRule; // the winning filter's rule, empty when nothing matches
    QString problem;    // Unchecked: why
};

IntentResult checkIntent(const StoreData &store, const Intent &intent);

} // namespace ipsec::analysis
