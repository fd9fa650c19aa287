#include "secrets.h"

namespace ipsec {

StoreData withoutPresharedKeys(StoreData store, int *removed)
{
    int count = 0;
    const auto clear = [&count](QList<AuthMethod> &methods) {
        for (AuthMethod &m : methods)
            if (m.kind == AuthKind::PresharedKey && !m.value.isEmpty()) {
                m.value.clear();
                ++count;
            }
    };
    for (Policy &p : store.policies) {
        clear(p.defaultResponse.authMethods);
        for (Rule &r : p.rules)
            clear(r.authMethods);
    }
    if (removed)
        *removed = count;
    return store;
}

} // namespace ipsec
