#pragma once

#include "images/BuildResult.h"
#include "images/TagPolicy.h"

#include <QMap>
#include <QObject>
#include <QString>

#include <atomic>

namespace fleet {

class BuildDefinition;
class DockerEngine;

struct BuildOptions
{
    QString dockerHost;                   // the local engine; empty = $DOCKER_HOST or the default socket
    QString tag;                          // overrides image.json's version: a tag or a full reference
    QMap<QString, QString> buildArgs;     // --build-arg K=V (also substituted into FROM lines for the checks)
    QMap<QString, QString> contextFiles;  // name in the context → a host file (e.g. busybox → /bin/busybox)
    TagPolicy::Settings policy;
    bool noCache = false;
    int logTailLines = 30;
};

// Builds image definitions through the Engine API (POST /build): checks the definition and the tag policy
// (the result's tag, and every base image FROM pulls), streams the context tar, and turns the daemon's JSON
// lines into log lines and "Step n/m" progress. A failure names its step and keeps the end of the log.
//
// Long work: call build()/buildAll() on a worker thread (each call makes its own DockerEngine there); the
// signals then arrive queued in the GUI. cancel() is safe from any thread and stops the build within about a
// second (the daemon stops it when the connection drops).
class Builder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Builder)

public:
    explicit Builder(QObject *parent = nullptr);
    ~Builder() override;

    BuildResult build(const BuildDefinition &definition, const BuildOptions &options);
    // Every definition under `root` (BuildDefinition::findDefinitions), one after the other; a failed one does
    // not stop the others, a cancel does.
    QList<BuildResult> buildAll(const QString &root, const BuildOptions &options);

    void cancel() { m_cancel.store(true); }
    void resetCancel() { m_cancel.store(false); }
    bool isCancelled() const { return m_cancel.load(); }

Q_SIGNALS:
    void definitionStarted(const QString &folder, int index, int count);
    void logLine(const QString &line);
    void stepStarted(int step, int total, const QString &instruction);
    void finished(const fleet::BuildResult &result);

private:
    bool checkPolicy(const BuildDefinition &definition, const BuildOptions &options, BuildResult *result) const;
    BuildResult::Status run(DockerEngine &engine, const BuildDefinition &definition, const BuildOptions &options,
                            BuildResult *result);
    bool inspect(DockerEngine &engine, BuildResult *result);

    std::atomic_bool m_cancel{false};
};

} // namespace fleet
