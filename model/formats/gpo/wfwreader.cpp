#include "wfwreader.h"

#include "gpofindings.h"

#include <QFile>
#include <QFileInfo>

#ifdef IPSEC_HAVE_HIVEX
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <hivex.h>
#include <memory>
#endif

namespace ipsec::gpo {

bool looksLikeHive(const QByteArray &firstBytes)
{
    return firstBytes.startsWith("regf");
}

#ifdef IPSEC_HAVE_HIVEX

namespace {

struct HiveCloser {
    void operator()(hive_h *h) const { hivex_close(h); }
};
using Hive = std::unique_ptr<hive_h, HiveCloser>;

struct FreeDeleter {
    void operator()(void *p) const { std::free(p); }
};
template <typename T> using Malloced = std::unique_ptr<T, FreeDeleter>;

// Hive nesting is shallow in a .wfw (root\Phase1AuthenticationSets\{id}\0000); a hostile file could claim a
// deep or cyclic tree, so the walk stops at this depth.
constexpr int kMaxDepth = 32;

QString nodeName(hive_h *h, hive_node_h node)
{
    Malloced<char> name(hivex_node_name(h, node));
    return name ? QString::fromUtf8(name.get()) : QString();
}

// A value's bytes and its raw registry type. hivex reports the type as its enum hive_type, but a hive may
// hold any 32-bit type (a .wfw has 0x40001 and the like): its bits are copied out as an integer, never loaded
// as the enum, which could not hold them (docs/formats/gpo.md, wfwreader.h).
char *valueBytes(hive_h *h, hive_value_h value, std::uint32_t *type, std::size_t *len)
{
    static_assert(sizeof(hive_type) == sizeof(std::uint32_t));
    hive_type raw;
    char *data = hivex_value_value(h, value, &raw, len);
    std::memcpy(type, &raw, sizeof *type);
    return data;
}

void walk(hive_h *h, hive_node_h node, const QString &path, int depth, WfwReadResult &out,
          const QString &file)
{
    if (depth > kMaxDepth) {
        out.findings << fileFinding(
            code::WfwUnreadable, Severity::Error, file, -1,
            QStringLiteral("the hive nests deeper than %1 keys below %2; the rest is skipped")
                .arg(kMaxDepth)
                .arg(path));
        return;
    }
    Malloced<hive_value_h> values(hivex_node_values(h, node));
    if (!values) {
        out.findings << fileFinding(code::WfwUnreadable, Severity::Error, file, -1,
                                    QStringLiteral("cannot read the values of key %1: %2")
                                        .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    } else if (values.get()[0] == 0) {
        out.records << PolRecord::keyOnly(path);
    } else {
        for (std::size_t i = 0; values.get()[i] != 0; ++i) {
            Malloced<char> key(hivex_value_key(h, values.get()[i]));
            std::size_t len = 0;
            std::uint32_t type = 0;
            Malloced<char> data(valueBytes(h, values.get()[i], &type, &len));
            if (!key || !data) {
                out.findings << fileFinding(code::WfwUnreadable, Severity::Error, file, -1,
                                            QStringLiteral("cannot read a value of key %1").arg(path));
                continue;
            }
            out.records << PolRecord{path, QString::fromUtf8(key.get()), type,
                                     QByteArray(data.get(), qsizetype(len))};
        }
    }
    Malloced<hive_node_h> children(hivex_node_children(h, node));
    if (!children)
        return;
    for (std::size_t i = 0; children.get()[i] != 0; ++i)
        walk(h, children.get()[i], path + QLatin1Char('\\') + nodeName(h, children.get()[i]), depth + 1, out,
             file);
}

} // namespace

bool wfwSupported()
{
    return true;
}

WfwReadResult readWfwFile(const QString &path)
{
    WfwReadResult out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.findings << fileFinding(code::WfwUnreadable, Severity::Error, path, -1,
                                    QStringLiteral("cannot open: %1").arg(f.errorString()));
        return out;
    }
    if (!looksLikeHive(f.read(4))) {
        out.findings << fileFinding(
            code::WfwUnreadable, Severity::Error, path, 0,
            QStringLiteral("not a Windows Firewall export: the file does not start with "
                           "\"regf\""));
        return out;
    }
    f.close();
    Hive h(hivex_open(QFile::encodeName(path).constData(), 0));
    if (!h) {
        out.findings << fileFinding(code::WfwUnreadable, Severity::Error, path, -1,
                                    QStringLiteral("libhivex cannot open the hive: %1")
                                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
        return out;
    }
    const hive_node_h root = hivex_root(h.get());
    if (root == 0) {
        out.findings << fileFinding(code::WfwUnreadable, Severity::Error, path, -1,
                                    QStringLiteral("the hive has no root key"));
        return out;
    }
    out.rootKey = nodeName(h.get(), root);
    walk(h.get(), root, out.rootKey, 0, out, path);
    WfasDecodeResult decoded = decodeWfas(out.records, out.rootKey, path);
    out.policy = decoded.policy;
    out.findings << decoded.findings;
    out.ok = true;
    return out;
}

#else

bool wfwSupported()
{
    return false;
}

WfwReadResult readWfwFile(const QString &path)
{
    WfwReadResult out;
    out.findings << fileFinding(code::WfwNoHivex, Severity::Error, path, -1,
                                QStringLiteral("cannot read .wfw files: built without hivex"),
                                QStringLiteral("install libhivex-dev (Debian) and rebuild"));
    return out;
}

#endif

} // namespace ipsec::gpo
