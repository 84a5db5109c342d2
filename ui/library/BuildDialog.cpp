#include "BuildDialog.h"

#include "SettingsKeys.h"
#include "actions/FleetSettings.h"
#include "actions/ImageBuild.h"
#include "images/BuildDefinition.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace fleet {

BuildDialog::BuildDialog(Settings settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(std::move(settings))
{
    setWindowTitle(tr("Build image"));
    setObjectName(QStringLiteral("BuildDialog"));

    const QSettings stored;
    m_folder = new QLineEdit(stored.value(settings::kBuildFolder).toString(), this);
    m_folder->setAccessibleName(tr("Definition folder"));
    m_folder->setToolTip(tr("A folder with a Dockerfile and image.json, or a folder of such folders (each is built "
                            "in turn)."));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the definition folder"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto makeEdit = [this](const QString &name, const QString &tip, const QString &placeholder) {
        auto *edit = new QPlainTextEdit(this);
        edit->setAccessibleName(name);
        edit->setToolTip(tip);
        edit->setPlaceholderText(placeholder);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
        return edit;
    };
    m_buildArgs = makeEdit(tr("Build arguments"), tr("One KEY=VALUE per line, as docker build --build-arg. Not "
                                                     "remembered: they may hold secrets."),
                           QStringLiteral("REGISTRY=localhost:5000"));
    m_contextFiles = makeEdit(tr("Context files"), tr("One NAME=PATH per line: a file of this computer added to the "
                                                      "build context under NAME."),
                              QStringLiteral("busybox=/bin/busybox"));
    m_contextFiles->setPlainText(stored.value(settings::kBuildContextFiles).toString());

    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(tr("Build &arguments:"), m_buildArgs);
    form->addRow(tr("Conte&xt files:"), m_contextFiles);

    m_definition = new QLabel(this);
    m_definition->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Build progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Not started"));
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(10000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setAccessibleName(tr("Build log"));
    m_log->setMinimumHeight(200);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_build = buttons->addButton(tr("&Build"), QDialogButtonBox::ActionRole);
    m_build->setDefault(true);
    m_cancel = buttons->addButton(tr("&Cancel build"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_definition);
    layout->addWidget(m_progress);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 560);

    connect(browse, &QPushButton::clicked, this, &BuildDialog::chooseFolder);
    connect(m_build, &QPushButton::clicked, this, &BuildDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &BuildDialog::cancelBuild);
    connect(buttons, &QDialogButtonBox::rejected, this, &BuildDialog::reject);
    // Emitted on the worker: these arrive queued, in order.
    connect(&m_builder, &Builder::definitionStarted, this, &BuildDialog::onDefinitionStarted);
    connect(&m_builder, &Builder::stepStarted, this, &BuildDialog::onStep);
    connect(&m_builder, &Builder::logLine, m_log, &QPlainTextEdit::appendPlainText);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &BuildDialog::onFinished);
    updateButtons();
}

BuildDialog::~BuildDialog()
{
    m_builder.cancel();
    m_watcher.waitForFinished();
}

void BuildDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

QString BuildDialog::folder() const
{
    return m_folder->text().trimmed();
}

void BuildDialog::setBuildArgs(const QString &lines)
{
    m_buildArgs->setPlainText(lines);
}

void BuildDialog::setContextFiles(const QString &lines)
{
    m_contextFiles->setPlainText(lines);
}

QString BuildDialog::status() const
{
    return m_status->text();
}

void BuildDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QFont font = m_status->font();
    font.setBold(error);
    m_status->setFont(font);
}

bool BuildDialog::parsePairs(const QString &text, const QString &field, QMap<QString, QString> *out, QString *error)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = tr("%1, line %2: \"%3\" is not NAME=VALUE. Write one pair per line, e.g. %4.")
                         .arg(field).arg(i + 1).arg(line, field == tr("Context files")
                                                               ? QStringLiteral("busybox=/bin/busybox")
                                                               : QStringLiteral("REGISTRY=localhost:5000"));
            return false;
        }
        out->insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return true;
}

bool BuildDialog::makeOptions(BuildOptions *options, QString *error) const
{
    options->dockerHost = m_settings.dockerHost;
    options->policy = FleetSettings::load().tagPolicy;
    return parsePairs(m_buildArgs->toPlainText(), tr("Build arguments"), &options->buildArgs, error)
        && parsePairs(m_contextFiles->toPlainText(), tr("Context files"), &options->contextFiles, error);
}

void BuildDialog::chooseFolder()
{
    const QString current = folder().isEmpty() ? QDir::homePath() : folder();
    const QString chosen = m_chooser ? m_chooser(current)
                                     : QFileDialog::getExistingDirectory(this, tr("Image definition folder"), current);
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void BuildDialog::start()
{
    if (isBuilding())
        return;
    BuildParams params;
    params.folder = folder();
    params.dbPath = m_settings.dbPath;
    bool single = true;
    if (const Failure problem = ImageBuild::check(params, &single); !problem.ok()) {
        setStatus(problem.message, true);
        return;
    }
    const QString root = params.folder;
    QString error;
    if (!makeOptions(&params.options, &error)) {
        setStatus(error, true);
        return;
    }
    QSettings stored;
    stored.setValue(settings::kBuildFolder, root);
    stored.setValue(settings::kBuildContextFiles, m_contextFiles->toPlainText());

    m_log->clear();
    m_definition->setText(single ? QString() : tr("Building every definition in %1").arg(root));
    m_progress->setRange(0, 0); // busy until the first step is known
    m_progress->setFormat(tr("Sending the context…"));
    setStatus(tr("Building in the local Docker Engine…"));
    m_builder.resetCancel();
    Builder *builder = &m_builder;
    m_watcher.setFuture(QtConcurrent::run([builder, params] { return ImageBuild::run(*builder, params); }));
    updateButtons();
}

void BuildDialog::cancelBuild()
{
    if (!isBuilding())
        return;
    m_builder.cancel();
    setStatus(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

void BuildDialog::onDefinitionStarted(const QString &folder, int index, int count)
{
    m_definition->setText(tr("Definition %1 of %2: %3").arg(index).arg(count).arg(QFileInfo(folder).fileName()));
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Sending the context…"));
}

void BuildDialog::onStep(int step, int total, const QString &instruction)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(qBound(0, step - 1, total)); // step n running: n - 1 done
    m_progress->setFormat(tr("Step %1/%2").arg(step).arg(total));
    m_progress->setToolTip(instruction);
}

void BuildDialog::onFinished()
{
    const Outcome outcome = m_watcher.result();
    QStringList built;
    QStringList problems;
    for (const BuildResult &result : outcome.results) {
        if (result.ok())
            built << result.reference;
        else if (result.status != BuildResult::Status::Cancelled || problems.isEmpty())
            problems << result.error;
    }
    const bool allBuilt = !outcome.results.isEmpty() && problems.isEmpty();
    if (allBuilt && m_progress->maximum() > 0)
        m_progress->setValue(m_progress->maximum()); // "Step m/m", full
    else if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
    QString text = outcome.results.size() == 1 ? (allBuilt ? tr("Built %1.").arg(built.first()) : problems.first())
                                               : BuildResult::summary(outcome.results);
    if (!outcome.catalogProblem.isEmpty())
        text += QLatin1Char('\n') + tr("Built, but not recorded in the catalog %1: %2. The library shows the "
                                       "image's labels instead.").arg(m_settings.dbPath, outcome.catalogProblem);
    setStatus(text, !allBuilt);
    updateButtons();
    Q_EMIT buildFinished(outcome.results);
    if (!built.isEmpty())
        Q_EMIT imagesBuilt(built);
}

void BuildDialog::updateButtons()
{
    m_build->setEnabled(!isBuilding());
    m_cancel->setEnabled(isBuilding());
    m_folder->setReadOnly(isBuilding());
}

} // namespace fleet
