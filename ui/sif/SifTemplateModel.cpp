#include "SifTemplateModel.h"

#include <QColor>

namespace fleet {

SifTemplateModel::SifTemplateModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SifTemplateModel::setTemplates(const QList<SifTemplate> &templates, const QList<SifTemplateValidation> &validations)
{
    beginResetModel();
    m_templates = templates;
    m_validations = validations;
    endResetModel();
}

const SifTemplateValidation *SifTemplateModel::validationAt(int row) const
{
    return row >= 0 && row < m_validations.size() ? &m_validations.at(row) : nullptr;
}

int SifTemplateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

QVariant SifTemplateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SifTemplate &t = m_templates.at(index.row());
    const SifTemplateValidation *v = validationAt(index.row());
    const bool valid = v && v->valid;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  [%2]  %3 · %4 CPU%5").arg(t.name, valid ? tr("valid") : tr("missing"), v ? v->imageName : t.image)
            .arg(t.resources.cpus)
            .arg(t.resources.gpus > 0 ? tr(" · %1 GPU").arg(t.resources.gpus) : QString());
    case Qt::ToolTipRole:
        if (!v)
            return t.file;
        return valid ? tr("%1\n%2").arg(v->message, v->imagePath)
                     : tr("%1\nAvailable: %2").arg(v->message, v->availableImages.isEmpty()
                                                                   ? tr("none")
                                                                   : v->availableImages.join(QStringLiteral(", ")));
    case Qt::DecorationRole:
        return valid ? QColor(0x2e, 0x9d, 0x4f) : QColor(0xd0, 0x3b, 0x3b); // the badge: green valid, red missing
    case ValidRole:
        return valid;
    default:
        return {};
    }
}

} // namespace fleet
