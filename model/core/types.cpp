#include "types.h"

#include <algorithm>

namespace ipsec {

bool isLegacy(Encryption e)
{
    return e == Encryption::None || e == Encryption::Des || e == Encryption::TripleDes;
}
bool isLegacy(Integrity i)
{
    return i == Integrity::None || i == Integrity::Md5 || i == Integrity::Sha1;
}
bool isLegacy(DhGroup g)
{
    return g == DhGroup::Group1 || g == DhGroup::Group2 || g == DhGroup::Group14;
}
bool isWeak(Encryption e)
{
    return e == Encryption::Des || e == Encryption::TripleDes;
}
bool isWeak(Integrity i)
{
    return i == Integrity::Md5 || i == Integrity::Sha1;
}
bool isWeak(DhGroup g)
{
    return g == DhGroup::Group1 || g == DhGroup::Group2;
}

namespace {
template <typename Vec> auto findById(Vec &v, const QUuid &id)
{
    const auto it = std::find_if(v.begin(), v.end(), [&id](const auto &o) { return o.id == id; });
    return it == v.end() ? nullptr : &*it;
}
template <typename Vec> auto findByName(Vec &v, const QString &name)
{
    const auto it = std::find_if(v.begin(), v.end(), [&name](const auto &o) {
        return o.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    return it == v.end() ? nullptr : &*it;
}
} // namespace

const FilterList *StoreData::filterList(const QUuid &id) const
{
    return findById(filterLists, id);
}
const FilterAction *StoreData::filterAction(const QUuid &id) const
{
    return findById(filterActions, id);
}
const Policy *StoreData::policy(const QUuid &id) const
{
    return findById(policies, id);
}
FilterList *StoreData::filterList(const QUuid &id)
{
    return findById(filterLists, id);
}
FilterAction *StoreData::filterAction(const QUuid &id)
{
    return findById(filterActions, id);
}
Policy *StoreData::policy(const QUuid &id)
{
    return findById(policies, id);
}
const FilterList *StoreData::filterListByName(const QString &n) const
{
    return findByName(filterLists, n);
}
const FilterAction *StoreData::filterActionByName(const QString &n) const
{
    return findByName(filterActions, n);
}
const Policy *StoreData::policyByName(const QString &n) const
{
    return findByName(policies, n);
}

const Policy *StoreData::assignedPolicy() const
{
    const auto it =
        std::find_if(policies.begin(), policies.end(), [](const Policy &p) { return p.assigned; });
    return it == policies.end() ? nullptr : &*it;
}

std::size_t StoreData::filterCount() const
{
    std::size_t n = 0;
    for (const auto &l : filterLists)
        n += l.filters.size();
    return n;
}

QUuid newId()
{
    return QUuid::createUuid();
}

QString bracedId(const QUuid &id)
{
    return id.toString(QUuid::WithBraces).toUpper();
}

} // namespace ipsec
