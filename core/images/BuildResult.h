#pragma once

#include "images/ImageMetadata.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fleet {

// What one build did: the image it made (ID, size, layers) or why it did not, with the step it stopped at and
// the end of the log.
struct BuildResult
{
    enum class Status {
        Built,
        Invalid,   // the definition has problems (every one listed in `error`)
        Refused,   // the tag policy or the context check said no; nothing was sent to the daemon
        Failed,    // the daemon could not be reached or the build failed (see step and logTail)
        Cancelled,
    };

    Status status = Status::Failed;
    QString folder;
    QString reference; // what it was (or would have been) tagged as, familiar form: "tools/hello:1.0.0"
    ImageMetadata metadata;
    QString imageId;   // sha256:…
    QString digest;    // registry digest when the daemon knows one (after a push); empty for a local build
    qint64 size = 0;
    int layers = 0;
    int step = 0, totalSteps = 0; // the last "Step n/m" seen: the failing one when the build failed
    QString instruction;          // that step's instruction, "RUN make"
    QString error;                // for a person: what, why, what to do
    bool daemonUnreachable = false; // the Docker Engine could not be reached at all
    QStringList logTail;          // the last lines of the build log
    QString log;                  // the whole log (its end, past 1 MiB)
    qint64 contextBytes = 0;
    qint64 durationMs = 0;
    QDateTime finishedAt;

    bool ok() const { return status == Status::Built; }
    static QString statusName(Status status); // "built", "invalid", "refused", "failed", "cancelled"
    QJsonObject toJson() const;               // without the full log
    // "3 built, 1 failed" plus one line per failure: how a batch ends.
    static QString summary(const QList<BuildResult> &results);
};

} // namespace fleet
