#include "SifPane.h"

#include "BackgroundAction.h"
#include "SifImageModel.h"
#include "SifTemplateModel.h"
#include "actions/FleetSettings.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace fleet {

namespace {

// What one background read brings back.
struct SifLoad
{
    SifScanResult scan;
    QList<SifTemplate> templates;
    QList<SifTemplateValidation> validations;
    QStringList templateErrors;
};

SifLoad load(const QString &root, const QStringList &partitions, const QString &keyring)
{
    SifLoad result;
    SifRegistry registry(root, partitions);
    registry.setKeyring(keyring);
    result.scan = registry.scan();
    if (!result.scan.ok())
        return result;
    result.templates = SifTemplate::loadAll(registry.templatesDir(), &result.templateErrors);
    for (const SifTemplate &t : std::as_const(result.templates))
        result.validations << SifTemplateValidation::validate(t, result.scan);
    return result;
}

} // namespace

SifPane::SifPane(QWidget *parent)
    : QWidget(parent)
    , m_images(new SifImageModel(this))
    , m_templates(new SifTemplateModel(this))
{
    m_path = new QLabel(this);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_choose = new QPushButton(tr("Choose registry folder…"), this);
    m_choose->setObjectName(QStringLiteral("chooseRegistryFolder"));
    m_choose->setToolTip(tr("The folder that holds images/<partition>/*.sif (local disk or an NFS/CephFS mount)"));
    m_rescan = new QPushButton(tr("Rescan"), this);
    m_rescan->setToolTip(tr("Scan the registry again (unchanged files are not hashed again)"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_path, 1);
    top->addWidget(m_choose);
    top->addWidget(m_rescan);

    m_view = new QTreeView(this);
    m_view->setModel(m_images);
    m_view->setAccessibleName(tr("Apptainer images by partition"));
    m_view->setToolTip(tr("Drag an image onto node tiles to copy it into their Apptainer cache"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    m_templateView = new QListView(this);
    m_templateView->setModel(m_templates);
    m_templateView->setAccessibleName(tr("Job templates"));
    auto *templates = new QWidget(this);
    auto *templatesLayout = new QVBoxLayout(templates);
    templatesLayout->setContentsMargins(0, 0, 0, 0);
    templatesLayout->addWidget(new QLabel(tr("Job templates"), templates));
    templatesLayout->addWidget(m_templateView);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(templates);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_busy);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_choose, &QPushButton::clicked, this, &SifPane::chooseFolder);
    connect(m_rescan, &QPushButton::clicked, this, &SifPane::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SifPane::selectionChanged);
    const FleetSettings settings = FleetSettings::load();
    m_root = settings.sifRegistry;
    m_partitions = settings.sifPartitions;
    m_path->setText(m_root.isEmpty() ? tr("No registry folder chosen") : m_root);
}

SifPane::~SifPane() = default;

void SifPane::setRegistry(const QString &root, const QStringList &partitions)
{
    m_root = root;
    if (!partitions.isEmpty())
        m_partitions = partitions;
    m_path->setText(m_root.isEmpty() ? tr("No registry folder chosen") : m_root);
    refresh();
}

void SifPane::refresh()
{
    if (m_root.isEmpty()) {
        m_images->setScan({});
        m_templates->setTemplates({}, {});
        showStatus(tr("Choose the registry folder (images/<partition>/*.sif) to see its Apptainer images."));
        Q_EMIT loaded();
        return;
    }
    const quint64 ticket = ++m_ticket;
    m_loading = true;
    m_busy->show();
    const QString root = m_root;
    const QStringList partitions = m_partitions;
    const QString keyring = FleetSettings::load().sifKeyring;
    runInBackground(this, [root, partitions, keyring] { return load(root, partitions, keyring); },
                    [this, ticket](const SifLoad &result) {
                        if (ticket != m_ticket)
                            return; // a newer read is under way
                        m_loading = false;
                        m_busy->hide();
                        m_images->setScan(result.scan);
                        m_templates->setTemplates(result.templates, result.validations);
                        m_view->expandAll();
                        for (int c = 0; c < SifImageModel::ColumnCount - 1; ++c)
                            m_view->resizeColumnToContents(c);
                        QStringList lines;
                        if (!result.scan.ok())
                            lines << result.scan.failure.message;
                        lines << result.scan.warnings << result.templateErrors;
                        const int flagged = int(result.scan.flagged().size());
                        if (flagged > 0)
                            lines << tr("%n file(s) flagged: they are never synced.", nullptr, flagged);
                        showStatus(lines.join(QLatin1Char('\n')));
                        Q_EMIT loaded();
                    });
}

QList<SifImageRef> SifPane::selectedImages() const
{
    return m_images->refsOf(m_view->selectionModel()->selectedRows());
}

QString SifPane::statusText() const
{
    return m_status->text();
}

void SifPane::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void SifPane::chooseFolder()
{
    const QString chosen = m_chooser ? m_chooser(m_root)
                                     : QFileDialog::getExistingDirectory(this, tr("Apptainer registry folder"), m_root);
    if (chosen.isEmpty())
        return;
    FleetSettings settings = FleetSettings::load();
    settings.sifRegistry = chosen;
    settings.save();
    setRegistry(chosen);
}

} // namespace fleet
