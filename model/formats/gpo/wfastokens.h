// The token spellings of model values in WFAS rule and set strings (docs/formats/gpo.md, Authentication and
// crypto sets), both ways: the translation to WFAS (legacytowfas.cpp) writes them, the translation back
// (wfastolegacy.cpp) reads them. `needs2_1` is set when the token exists only from schema 2.1 on.
#pragma once

#include "core/types.h"

#include <QString>
#include <optional>

namespace ipsec::gpo {

QString boolToken(bool b);
QString dhToken(DhGroup g);
std::optional<QString> cipherToken(Encryption e, bool *needs2_1);
// Quick-mode integrity: MD5/SHA1 plain, SHA-256 and GMAC as 2_1 values; SHA-384 is not allowed for AH/ESP.
std::optional<QString> qmHashToken(Integrity i, bool *needs2_1);
std::optional<Encryption> encryptionFrom(const QString &t);
std::optional<Integrity> integrityFrom(const QString &t);
std::optional<DhGroup> dhFrom(const QString &t);

} // namespace ipsec::gpo
