// What the two script writers of a translated policy share (powershellexport.h, consecexport.h): where the
// script writes, its output, how a problem of one object becomes a finding (and a left-out object), and the
// address and port values of rule strings in the form scripts take.
//
// Both writers start from a WfasPolicy, normally the one translateToWfas() produced, so the GPO backup, the
// registry.pol, the PowerShell script and the consec script all carry the same translation.
#pragma once

#include "core/finding.h"
#include "wfaspolicy.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace ipsec::gpo {

// Where a script writes: the GPO "domain\name", or the local computer's store when gpoName is empty.
struct WfasScriptTarget {
    QString domain;
    QString gpoName;
    QString domainController; // PowerShell: Open-NetGPO -DomainController (a writeable DC); empty: any DC

    bool isGpo() const { return !gpoName.isEmpty(); }
    QString policyStore() const { return domain + QLatin1Char('\\') + gpoName; } // "ipsectest.com\GPO name"
};

struct WfasScriptOutput {
    bool ok = false;  // false: errors in findings; `text` then holds what could be written (for a preview)
    QString text;     // the script, lines joined with CRLF
    QByteArray bytes; // the file's content
    Findings findings;
};

// The readable path of a rule or set in findings: "Connection security rule 'App8080'".
QString wfasObjectPath(const WfasRule &rule);
QString wfasObjectPath(const WfasSet &set);

// An address value of a rule string (EP1_4, LA6, LTunnel4, ...) as scripts take it: the keywords DNS, WINS,
// DHCP, DefaultGateway and LocalSubnet as spelled here, IPv4 and IPv6 subnets in prefix form (mask form only
// for a non-contiguous mask), ranges as a-b. nullopt when the value is not an address.
std::optional<QString> scriptAddress(const QString &wfasValue);

// A port value ("8080") or range ("1000-2000") with numbers up to 65535; nullopt otherwise (keywords too).
std::optional<QString> scriptPort(const QString &wfasValue);

// A decimal number that fits 32 bits; nullopt otherwise.
std::optional<QString> scriptNumber(const QString &wfasValue);

// A WFAS boolean value ("TRUE"/"FALSE", any case); nullopt for anything else.
std::optional<bool> wfasBool(const QString &value);

// A quick-mode integrity token as the scripts' lower-case keyword: md5, sha1, sha256, or for GMAC (written
// "AES-GCMnnn" in WFAS) aesgmacnnn, aesgcmnnn with AES-GCM encryption (docs/formats/gpo.md, Scripts);
// nullopt when the token is none of these. PowerShell spells the same words in upper case.
std::optional<QString> quickModeHashWord(const QString &token, bool gcmEncryption);

// Collects the problems of one script: an object that cannot be written is an error that fails the export,
// or, with skipUnsupported, a warning and the object left out. Notes do not fail the export.
class WfasScriptProblems {
public:
    explicit WfasScriptProblems(bool skipUnsupported) : m_skipUnsupported(skipUnsupported) {}

    // The object at `objectPath` cannot be written. Returns the finding's message for the script's comment.
    QString refuse(const char *code, const QString &objectPath, const QString &message,
                   const QString &hint = {});
    void note(const char *code, Severity severity, const QString &objectPath, const QString &message,
              const QString &hint = {});
    // Adds the IPS-479 summary when objects were left out.
    void finish();

    bool failed() const { return m_failed; }
    int leftOut() const { return m_leftOut; }
    const Findings &findings() const { return m_findings; }

private:
    bool m_skipUnsupported = false;
    bool m_failed = false;
    int m_leftOut = 0;
    Findings m_findings;
};

// What both script writers derive from: the object being written now (its path for findings) and its first
// problem, since later problems of the same object follow from the first; and the problems of the script.
class WfasScriptObjectWriter {
protected:
    explicit WfasScriptObjectWriter(bool skipUnsupported) : m_problems(skipUnsupported) {}

    void begin(const QString &path);
    void cannot(const char *code, const QString &message);
    // When the object has a problem: refuses it (WfasScriptProblems::refuse) and returns the script's comment
    // "SKIPPED (code) path: message"; nullopt when it has none.
    std::optional<QString> refusal();

    WfasScriptProblems m_problems;
    QString m_path;
    const char *m_problemCode = nullptr;
    QString m_problem;
};

} // namespace ipsec::gpo
