#include "images/BuildResult.h"

#include <QJsonArray>

namespace fleet {

QString BuildResult::statusName(Status status)
{
    switch (status) {
    case Status::Built: return QStringLiteral("built");
    case Status::Invalid: return QStringLiteral("invalid");
    case Status::Refused: return QStringLiteral("refused");
    case Status::Failed: return QStringLiteral("failed");
    case Status::Cancelled: return QStringLiteral("cancelled");
    }
    return QString();
}

QJsonObject BuildResult::toJson() const
{
    QJsonObject o{{QStringLiteral("status"), statusName(status)},
                  {QStringLiteral("folder"), folder},
                  {QStringLiteral("reference"), reference},
                  {QStringLiteral("duration_ms"), durationMs},
                  {QStringLiteral("context_bytes"), contextBytes}};
    if (ok()) {
        o.insert(QStringLiteral("image_id"), imageId);
        o.insert(QStringLiteral("size"), size);
        o.insert(QStringLiteral("layers"), layers);
        if (!digest.isEmpty())
            o.insert(QStringLiteral("digest"), digest);
        o.insert(QStringLiteral("metadata"), metadata.toJson());
    } else {
        o.insert(QStringLiteral("error"), error);
        if (daemonUnreachable)
            o.insert(QStringLiteral("daemon_unreachable"), true);
        if (step > 0) {
            o.insert(QStringLiteral("step"), step);
            o.insert(QStringLiteral("total_steps"), totalSteps);
            o.insert(QStringLiteral("instruction"), instruction);
        }
        o.insert(QStringLiteral("log_tail"), QJsonArray::fromStringList(logTail));
    }
    return o;
}

QString BuildResult::summary(const QList<BuildResult> &results)
{
    QMap<Status, int> counts;
    for (const BuildResult &r : results)
        ++counts[r.status];
    QStringList parts;
    for (const Status s : {Status::Built, Status::Invalid, Status::Refused, Status::Failed, Status::Cancelled})
        if (counts.value(s) > 0)
            parts << QStringLiteral("%1 %2").arg(counts.value(s)).arg(statusName(s));
    QString text = results.isEmpty() ? QStringLiteral("no definitions found") : parts.join(QStringLiteral(", "));
    for (const BuildResult &r : results) {
        const QString name = r.reference.isEmpty() ? r.folder : r.reference;
        if (r.ok())
            text += QStringLiteral("\n  built     %1  %2  %3 MB, %4 layers, %5 s")
                        .arg(name, r.imageId.mid(7, 12))
                        .arg(double(r.size) / 1e6, 0, 'f', 1)
                        .arg(r.layers)
                        .arg(double(r.durationMs) / 1000.0, 0, 'f', 1);
        else
            text += QStringLiteral("\n  %1 %2%3: %4")
                        .arg(statusName(r.status).leftJustified(9), name,
                             r.step > 0 ? QStringLiteral(" (step %1/%2)").arg(r.step).arg(r.totalSteps) : QString(),
                             r.error.section(QLatin1Char('\n'), 0, 0));
    }
    return text;
}

} // namespace fleet
