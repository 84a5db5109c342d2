#pragma once

#include "sif/SifTemplate.h"

#include <QAbstractListModel>

namespace fleet {

// The registry's job templates, each with its validation badge: "valid" (the image exists in its partition) or
// "missing" (with the images that do exist in the tooltip).
class SifTemplateModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SifTemplateModel)

public:
    enum Role { ValidRole = Qt::UserRole + 1 };

    explicit SifTemplateModel(QObject *parent = nullptr);

    void setTemplates(const QList<SifTemplate> &templates, const QList<SifTemplateValidation> &validations);
    const SifTemplateValidation *validationAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SifTemplate> m_templates;
    QList<SifTemplateValidation> m_validations;
};

} // namespace fleet
