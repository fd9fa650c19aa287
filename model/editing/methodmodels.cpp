#include "methodmodels.h"

#include "core/enumnames.h"

namespace ipsec {

// ---- OrderedListModel ----

int OrderedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : itemCount();
}

Qt::ItemFlags OrderedListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags f = QAbstractTableModel::flags(index);
    // Rows can be dragged; dropping is allowed between rows only (not onto a row).
    return index.isValid() ? f | Qt::ItemIsDragEnabled : f | Qt::ItemIsDropEnabled;
}

bool OrderedListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 ||
        sourceRow + count > itemCount() || destinationChild < 0 || destinationChild > itemCount())
        return false;
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false; // onto itself: nothing to do (and beginMoveRows would refuse)
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    for (int i = 0; i < count; ++i) {
        if (destinationChild > sourceRow)
            moveItem(sourceRow, destinationChild - 1);
        else
            moveItem(sourceRow + i, destinationChild + i);
    }
    endMoveRows();
    emit listEdited();
    return true;
}

bool OrderedListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > itemCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        removeItem(row);
    endRemoveRows();
    emit listEdited();
    return true;
}

int OrderedListModel::moveUp(int row)
{
    if (row <= 0 || row >= itemCount())
        return row;
    return moveRows({}, row, 1, {}, row - 1) ? row - 1 : row;
}

int OrderedListModel::moveDown(int row)
{
    if (row < 0 || row >= itemCount() - 1)
        return row;
    return moveRows({}, row, 1, {}, row + 2) ? row + 1 : row;
}

// ---- SecurityMethodsModel ----

namespace {

QString lifetimeText(std::uint32_t value)
{
    return value == 0 ? SecurityMethodsModel::tr("default") : QString::number(value);
}

} // namespace

QString SecurityMethodsModel::typeName(const SecurityMethod &m)
{
    // Windows' two presets: "Integrity and encryption" (ESP 3DES/SHA1) and "Integrity only" (ESP None/SHA1
    // in XP's dialog is shown as Custom; AH SHA1 is "Integrity only" on 2003). Everything else is Custom.
    if (m.protocol == IpsecProtocol::Esp && m.espEncryption != Encryption::None &&
        m.espIntegrity != Integrity::None && m.lifetimeKilobytes == 0 && m.lifetimeSeconds == 0)
        return tr("Encryption and Integrity");
    if (m.protocol == IpsecProtocol::Esp && m.espEncryption == Encryption::None && m.lifetimeKilobytes == 0 &&
        m.lifetimeSeconds == 0)
        return tr("Integrity only");
    return tr("Custom");
}

int SecurityMethodsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecurityMethodsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return OrderedListModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case AhIntegrityColumn:
        return tr("AH Integrity");
    case EspConfidentialityColumn:
        return tr("ESP Confidentiality");
    case EspIntegrityColumn:
        return tr("ESP Integrity");
    case LifetimeKilobytesColumn:
        return tr("Key Lifetimes (KB)");
    case LifetimeSecondsColumn:
        return tr("Key Lifetimes (secs)");
    default:
        return {};
    }
}

QVariant SecurityMethodsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SecurityMethod &m = m_items[index.row()];
    if (role == Qt::ToolTipRole)
        return describe(m);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TypeColumn:
        return typeName(m);
    case AhIntegrityColumn:
        return m.usesAh() && m.ahIntegrity != Integrity::None ? displayName(m.ahIntegrity) : tr("<None>");
    case EspConfidentialityColumn:
        return m.usesEsp() && m.espEncryption != Encryption::None ? displayName(m.espEncryption)
                                                                  : tr("<None>");
    case EspIntegrityColumn:
        return m.usesEsp() && m.espIntegrity != Integrity::None ? displayName(m.espIntegrity) : tr("<None>");
    case LifetimeKilobytesColumn:
        return lifetimeText(m.lifetimeKilobytes);
    case LifetimeSecondsColumn:
        return lifetimeText(m.lifetimeSeconds);
    default:
        return {};
    }
}

// ---- IkeMethodsModel ----

int IkeMethodsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IkeMethodsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return OrderedListModel::headerData(section, orientation, role);
    switch (section) {
    case EncryptionColumn:
        return tr("Encryption");
    case IntegrityColumn:
        return tr("Integrity");
    case DhGroupColumn:
        return tr("Diffie-Hellman Group");
    default:
        return {};
    }
}

QVariant IkeMethodsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IkeMethod &m = m_items[index.row()];
    if (role == Qt::ToolTipRole)
        return describe(m);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case EncryptionColumn:
        return displayName(m.encryption);
    case IntegrityColumn:
        return displayName(m.integrity);
    case DhGroupColumn:
        return displayName(m.dhGroup);
    default:
        return {};
    }
}

// ---- AuthMethodsModel ----

int AuthMethodsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuthMethodsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return OrderedListModel::headerData(section, orientation, role);
    return section == MethodColumn ? tr("Method") : tr("Details");
}

QVariant AuthMethodsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuthMethod &m = m_items[index.row()];
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == MethodColumn)
        return displayName(m.kind);
    switch (m.kind) {
    case AuthKind::Kerberos:
        return QString();
    case AuthKind::PresharedKey:
        return QStringLiteral("••••••••"); // a secret: never shown in a list
    case AuthKind::Certificate: {
        QStringList parts{m.value};
        if (m.certificateToAccountMapping)
            parts.append(tr("mapped to account"));
        if (m.excludeCaName)
            parts.append(tr("CA name excluded"));
        return parts.join(QStringLiteral(", "));
    }
    }
    return {};
}

} // namespace ipsec
