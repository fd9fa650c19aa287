#include "problemsmodel.h"

#include "itemicons.h"
#include "roles.h"
#include "validationrunner.h"

#include <algorithm>

namespace ipsec {

ProblemsModel::ProblemsModel(ValidationRunner *runner, QObject *parent)
    : QAbstractTableModel(parent), m_runner(runner)
{
    connect(runner, &ValidationRunner::findingsChanged, this, &ProblemsModel::refresh);
    refresh();
}

void ProblemsModel::refresh()
{
    beginResetModel();
    m_findings = m_runner->findings();
    // Errors first, then warnings, then notes; the validator's order within a severity.
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    endResetModel();
    announceSummary();
}

void ProblemsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_findings.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    announceSummary();
}

void ProblemsModel::announceSummary()
{
    const int errors = count(Severity::Error);
    const int warnings = count(Severity::Warning);
    const int infos = count(Severity::Info);
    emit summaryChanged(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") +
                        tr("%n warning(s)", nullptr, warnings) + QStringLiteral(", ") +
                        tr("%n note(s)", nullptr, infos));
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Message");
    case LocationColumn:
        return tr("Where");
    case HintColumn:
        return tr("Hint");
    default:
        return {};
    }
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return f.severity == Severity::Error     ? tr("error")
                   : f.severity == Severity::Warning ? tr("warning")
                                                     : tr("note");
        case CodeColumn:
            return f.code;
        case MessageColumn:
            return f.message;
        case LocationColumn:
            return f.location.field.isEmpty()
                       ? f.location.objectPath
                       : f.location.objectPath + QStringLiteral(" (") + f.location.field + u')';
        case HintColumn:
            return f.hint;
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? severityIcon(static_cast<int>(f.severity)) : QVariant();
    case Qt::ToolTipRole:
        return f.toString();
    case ObjectKindRole:
        return static_cast<int>(f.location.kind);
    case ObjectIdRole:
        return f.location.objectId;
    case ParentIdRole:
        return f.location.parentId;
    case FieldRole:
        return f.location.field;
    case FindingCodeRole:
        return f.code;
    case ValidationSeverityRole:
        return static_cast<int>(f.severity);
    case ValidationMessageRole:
        return f.message;
    case SearchTextRole:
        return f.code + u' ' + f.message + u' ' + f.location.objectPath;
    default:
        return {};
    }
}

} // namespace ipsec
