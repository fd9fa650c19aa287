// The netsh script writer (netshexport.h), internal to the exporter: the objects of a store as `ipsec
// static` commands, then rendered for the chosen script form. Its definitions live in netshexport.cpp
// (selection, names, values, rendering, the run) and netshexportobjects.cpp (the commands of each object).
#pragma once

#include "core/types.h"
#include "netshexport.h"
#include "netshexporttr.h"
#include "netshscript.h"

#include <QSet>
#include <QString>
#include <optional>
#include <vector>

namespace ipsec::netsh {

// A finding text in English and in the installed language: the message of a left-out object is also written
// into the script's SKIPPED comment, and the script stays English.
struct Phrase {
    QString english;
    QString local;

    static const QString &englishOf(const QString &text) { return text; }
    static const QString &englishOf(const Phrase &text) { return text.english; }
    static const QString &localOf(const QString &text) { return text; }
    static const QString &localOf(const Phrase &text) { return text.local; }

    // Fills %1, %2, ... of both texts at once; an argument is a Phrase or language-neutral text.
    template <typename... Args> Phrase arg(const Args &...args) const
    {
        return {english.arg(englishOf(args)...), local.arg(localOf(args)...)};
    }
};

// A finding's location whose object path is also kept in English for the script's SKIPPED comments.
struct Site : Location {
    QString englishPath;
};

// `source` is marked with QT_TRANSLATE_NOOP("ipsec::NetshExport", ...).
Phrase phrase(const char *source);
Phrase quotedForMessage(const QString &name);
Site objectLocation(ObjectKind kind, const QUuid &id, const Phrase &path, const QString &field = {},
                    const QUuid &parent = {});
Phrase filterListPath(const FilterList &l);
Phrase filterActionPath(const FilterAction &a);
Phrase policyPath(const Policy &p);
Phrase rulePath(const Policy &p, const Rule &r);
Phrase defaultRulePath(const Policy &p);

class ScriptWriter {
public:
    ScriptWriter(const StoreData &store, const ExportOptions &options) : m_store(store), m_options(options) {}

    ExportOutput run(const ByteSink &sink = {}); // with a sink, the script goes there, not into `bytes`

private:
    // Records a problem of an object. Without --skip-unsupported it is an error that stops the export;
    // with it, a warning and a comment in the script where the object would have been.
    void problem(const QString &code, const Site &where, const Phrase &message, const QString &hint = {});
    // `what` names the text ("name") for the finding, marked with QT_TRANSLATE_NOOP; it is looked up only
    // when the text is refused, as most values of a large store quote fine.
    std::optional<QString> quote(const QString &value, const Site &where, const char *what,
                                 bool allowEmpty = true, bool secret = false);
    // Whether netsh can take the filter as it is; when not, reportFilter records why.
    static bool canWriteFilter(const Filter &f);
    static bool canWriteAddress(const FilterAddress &a);
    // A filter's tags after `filterlist="…" ` (addresses, description, protocol, mirrored, ports) appended
    // to `line`, without a temporary string, for a filter canWriteFilter accepts.
    static void appendFilterTags(QString &line, const Filter &f);
    static void appendAddressTag(QString &line, const FilterAddress &a, QStringView side);
    // Whether the tags appendFilterTags writes are ASCII, and about how many characters they take, without
    // writing them: what the first pass needs of each of 100,000 filters (docs/performance.md, "Fifth
    // machine, session 11").
    static bool filterTagsAreAscii(const Filter &f);
    static qsizetype filterTagsLength(const Filter &f);
    void reportFilter(const Filter &f, const Site &at);
    void reportAddress(const FilterAddress &a, const QString &side, const Site &where);
    std::optional<QString> securityMethods(const QList<SecurityMethod> &methods, const Site &where);
    std::optional<QString> authTags(const QList<AuthMethod> &methods, const Site &where);

    void selectObjects();
    void checkNames();
    static Site storeLocation();
    // The script after its header, written twice: in the first pass (m_renderer null) only counted into
    // m_shape, in the second rendered line by line (docs/performance.md, "Fifth machine, session 10").
    void writeScript();
    void writeFilterList(const FilterList &list);
    void writeFilterAction(const FilterAction &action);
    void writePolicy(const Policy &policy);
    void writeRule(const Policy &policy, const Rule &rule);
    void writeDefaultRule(const Policy &policy);
    void writeAssignment();
    QStringList header() const;
    QByteArray render(const ByteSink &sink); // the second pass; empty when `sink` took the script

    // Every line goes through these three: counted in the first pass, rendered in the second.
    void comment(const QString &text);
    void blank();
    void command(const QString &text, const QString &what, bool mayFail = false);

    const StoreData &m_store;
    const ExportOptions &m_options;
    Findings m_findings;
    bool m_failed = false;
    std::vector<const FilterList *> m_lists;
    std::vector<const FilterAction *> m_actions;
    std::vector<const Policy *> m_policies;
    QSet<QUuid> m_writtenLists;
    QSet<QUuid> m_writtenActions;
    QSet<QUuid> m_writtenPolicies;
    QSet<QUuid> m_ambiguous;              // objects left out because their name is not unique
    int m_leftOut = 0;                    // problems --skip-unsupported left out of the script
    ScriptShape m_shape;                  // counted by the first pass
    ScriptRenderer *m_renderer = nullptr; // the second pass's
    StoreLocation m_location = StoreLocation::Local;
    QString m_domain;
};

} // namespace ipsec::netsh
