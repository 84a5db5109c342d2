#pragma once

#include "actions/ImageBuild.h"
#include "images/BuildResult.h"
#include "images/Builder.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace fleet {

// File → Build image…: builds an image definition folder, or every definition in a folder of them, in the
// local Docker Engine with core's Builder on a worker thread: build arguments, extra context files, the
// streamed log, "Step n/m" progress and cancel. What was built goes into the catalog (on that worker) and is
// announced with imagesBuilt(), so the library can show it. Closing the dialog does not stop a build.
class BuildDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildDialog)

public:
    struct Settings
    {
        QString dockerHost; // the local engine; empty = $DOCKER_HOST or the default socket
        QString dbPath;     // the catalog (history database)
    };
    // What the worker did (core's ImageBuild): the results, and why the catalog could not record them.
    using Outcome = BuildOutcome;
    using FolderChooser = std::function<QString(const QString &current)>;

    explicit BuildDialog(Settings settings, QWidget *parent = nullptr);
    ~BuildDialog() override; // cancels a running build and waits for it (the builder stops within a second)

    void setFolder(const QString &folder);
    QString folder() const;
    void setBuildArgs(const QString &lines);    // "KEY=VALUE" per line
    void setContextFiles(const QString &lines); // "NAME=PATH" per line, e.g. busybox=/bin/busybox
    bool isBuilding() const { return m_watcher.isRunning(); }
    QString status() const;
    QProgressBar *progressBar() const { return m_progress; }
    QPlainTextEdit *logView() const { return m_log; }
    // Test seam: answers instead of the folder chooser.
    void setFolderChooser(FolderChooser chooser) { m_chooser = std::move(chooser); }

public Q_SLOTS:
    void start();
    void cancelBuild();
    void chooseFolder();

Q_SIGNALS:
    void buildFinished(const QList<fleet::BuildResult> &results);
    void imagesBuilt(const QStringList &references);

private:
    bool makeOptions(BuildOptions *options, QString *error) const;
    static bool parsePairs(const QString &text, const QString &field, QMap<QString, QString> *out, QString *error);
    void setStatus(const QString &text, bool error = false);
    void onDefinitionStarted(const QString &folder, int index, int count);
    void onStep(int step, int total, const QString &instruction);
    void onFinished();
    void updateButtons();

    Settings m_settings;
    Builder m_builder; // its signals arrive queued: it builds on the worker
    QFutureWatcher<Outcome> m_watcher;
    FolderChooser m_chooser;
    QLineEdit *m_folder = nullptr;
    QPlainTextEdit *m_buildArgs = nullptr;
    QPlainTextEdit *m_contextFiles = nullptr;
    QLabel *m_definition = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_build = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace fleet
