#include "images/Builder.h"

#include "util/JsonNumber.h"

#include "docker/DockerEngine.h"
#include "docker/JsonLineStream.h"
#include "images/BuildContext.h"
#include "images/BuildDefinition.h"
#include "images/BuildLog.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace fleet {

namespace {

QString encodeJson(const QJsonObject &object)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(object).toJson(
        QJsonDocument::Compact))));
}

QJsonObject toJsonObject(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// A build pulls its base images: they must pass the same policy as any pull.
QStringList baseImageRefusals(const BuildDefinition &definition, const BuildOptions &options)
{
    const TagPolicy policy(options.policy);
    QStringList refusals;
    for (const Dockerfile::BaseImage &base : definition.dockerfile().baseImages(options.buildArgs)) {
        if (!base.missingVariable.isEmpty()) {
            refusals << QStringLiteral("Dockerfile line %1: FROM %2 uses $%3, which has no value; pass --build-arg "
                                       "%3=… or give the ARG a default")
                            .arg(base.line)
                            .arg(base.written, base.missingVariable);
            continue;
        }
        const TagPolicy::Verdict pull = policy.check(base.resolved, TagPolicy::Purpose::Pull);
        if (!pull)
            refusals << QStringLiteral("Dockerfile line %1: base image %2").arg(base.line).arg(pull.reason);
    }
    return refusals;
}

} // namespace

Builder::Builder(QObject *parent)
    : QObject(parent)
{
}

Builder::~Builder() = default;

bool Builder::checkPolicy(const BuildDefinition &definition, const BuildOptions &options, BuildResult *result) const
{
    const TagPolicy::Verdict verdict = TagPolicy(options.policy).check(definition.reference(options.tag),
                                                                       TagPolicy::Purpose::Build);
    QStringList refusals = baseImageRefusals(definition, options);
    if (verdict)
        result->reference = verdict.reference.familiar();
    else
        refusals.prepend(verdict.reason);
    result->error = refusals.join(QLatin1Char('\n'));
    return refusals.isEmpty();
}

BuildResult Builder::build(const BuildDefinition &definition, const BuildOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    BuildResult result;
    result.folder = definition.folder();
    result.metadata = definition.metadata();
    const auto done = [&](BuildResult::Status status) {
        result.status = status;
        result.durationMs = timer.elapsed();
        result.finishedAt = QDateTime::currentDateTimeUtc();
        Q_EMIT finished(result);
        return result;
    };
    if (!definition.isValid()) {
        result.error = QStringLiteral("%1 is not a valid image definition (%2 problem(s)):\n%3")
                           .arg(definition.folder())
                           .arg(definition.problems().size())
                           .arg(definition.problemsText());
        // Policy problems too, so that one run shows everything to fix.
        for (const QString &refusal : baseImageRefusals(definition, options))
            result.error += QLatin1Char('\n') + refusal;
        return done(BuildResult::Status::Invalid);
    }
    if (!checkPolicy(definition, options, &result))
        return done(BuildResult::Status::Refused);
    if (m_cancel.load()) {
        result.error = QStringLiteral("%1: cancelled before it started").arg(result.reference);
        return done(BuildResult::Status::Cancelled);
    }
    DockerEngine engine(options.dockerHost); // made here: an engine belongs to the thread that uses it
    return done(run(engine, definition, options, &result));
}

BuildResult::Status Builder::run(DockerEngine &engine, const BuildDefinition &definition, const BuildOptions &options,
                  BuildResult *result)
{
    BuildContext context;
    if (!context.prepare(definition.folder(), QString::fromLatin1(Dockerfile::kFileName), options.contextFiles)) {
        result->error = context.error();
        return BuildResult::Status::Refused; // nothing was sent
    }
    result->contextBytes = context.contentBytes();

    const QMap<QString, QString> labels = definition.metadata().labels();
    QString query = QStringLiteral("/build?t=%1&rm=1&forcerm=1&labels=%2")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(result->reference)),
                             encodeJson(toJsonObject(labels)));
    if (!options.buildArgs.isEmpty())
        query += QStringLiteral("&buildargs=") + encodeJson(toJsonObject(options.buildArgs));
    if (options.noCache)
        query += QStringLiteral("&nocache=1");
    if (!definition.metadata().platform.isEmpty())
        query += QStringLiteral("&platform=") + QString::fromLatin1(QUrl::toPercentEncoding(definition.metadata().platform));

    HttpRequest request;
    request.method = "POST";
    request.url = query;
    request.headers << "Content-Type: application/x-tar";
    QString contextError;
    request.bodySource = [&](char *buffer, qint64 max) -> qint64 {
        if (m_cancel.load())
            return -1;
        const qint64 n = context.read(buffer, max);
        if (n < 0)
            contextError = context.error();
        return n;
    };

    BuildLog log(options.logTailLines);
    const auto addText = [&](const QString &text) {
        for (const QString &line : log.addText(text)) {
            int step = 0, total = 0;
            QString instruction;
            if (BuildLog::parseStep(line, &step, &total, &instruction))
                Q_EMIT stepStarted(step, total, instruction);
            Q_EMIT logLine(line);
        }
    };
    JsonLineStream lines([&](const QJsonObject &o) {
        const QJsonObject aux = o.value(QLatin1String("aux")).toObject();
        if (aux.contains(QLatin1String("ID")))
            result->imageId = aux.value(QLatin1String("ID")).toString();
        if (o.contains(QLatin1String("stream")))
            addText(o.value(QLatin1String("stream")).toString());
        else if (o.contains(QLatin1String("status"))) // pulling a base image
            addText(QStringLiteral("%1 %2\n").arg(o.value(QLatin1String("id")).toString(),
                                                  o.value(QLatin1String("status")).toString()).trimmed()
                    + QLatin1Char('\n'));
    });
    const HttpResponse http = engine.call(request, [&lines](const char *data, qint64 size) {
        lines.feed(data, size);
        return true;
    }, &m_cancel);
    lines.finish();
    for (const QString &line : log.finish())
        Q_EMIT logLine(line);
    result->step = log.step();
    result->totalSteps = log.totalSteps();
    result->instruction = log.instruction();
    result->logTail = log.tail();
    result->log = log.text();

    const QString what = QStringLiteral("building %1").arg(result->reference);
    if (m_cancel.load()) {
        result->error = QStringLiteral("%1: cancelled%2").arg(what, result->step > 0 ? QStringLiteral(" during step %1/%2")
                                                                                   .arg(result->step)
                                                                                   .arg(result->totalSteps)
                                                                             : QString());
        return BuildResult::Status::Cancelled;
    }
    if (!contextError.isEmpty()) {
        result->error = QStringLiteral("%1: sending the context failed: %2").arg(what, contextError);
        return BuildResult::Status::Failed;
    }
    if (http.status != 200 || http.aborted || !http.transportError.isEmpty()) {
        if (engine.error().ok())
            engine.failFrom(http, what);
        result->error = engine.error().message;
        result->daemonUnreachable = engine.error().kind == DockerError::DaemonDown;
        if (!http.transportError.isEmpty() && http.status == 200)
            result->error = QStringLiteral("%1: the connection to the Docker Engine broke (%2)")
                                .arg(what, http.transportError);
        return BuildResult::Status::Failed;
    }
    if (lines.hasError()) {
        const QString where = result->step > 0
            ? QStringLiteral(" at step %1/%2 (%3)").arg(result->step).arg(result->totalSteps).arg(result->instruction)
            : QString();
        result->error = QStringLiteral("%1 failed%2: %3\nFix the Dockerfile or the files it uses; the end of the "
                                       "build log shows the command's own output.")
                            .arg(what, where, lines.error().trimmed());
        return BuildResult::Status::Failed;
    }
    if (result->imageId.isEmpty()) {
        result->error = QStringLiteral("%1: the Docker Engine finished without reporting an image ID; see the log")
                            .arg(what);
        return BuildResult::Status::Failed;
    }
    return inspect(engine, result) ? BuildResult::Status::Built : BuildResult::Status::Failed;
}

bool Builder::inspect(DockerEngine &engine, BuildResult *result)
{
    HttpRequest request;
    request.url = QStringLiteral("/images/%1/json").arg(DockerEngine::encodeReference(result->imageId));
    request.timeoutMs = 30000;
    const HttpResponse http = engine.call(request);
    if (http.status != 200) {
        engine.failFrom(http, QStringLiteral("inspecting the new image %1").arg(result->imageId));
        result->error = engine.error().message;
        return false;
    }
    const QJsonObject o = QJsonDocument::fromJson(http.body).object();
    result->size = jsonByteCount(o.value(QLatin1String("Size")), 0);
    result->layers = int(o.value(QLatin1String("RootFS")).toObject().value(QLatin1String("Layers")).toArray().size());
    const QJsonArray digests = o.value(QLatin1String("RepoDigests")).toArray();
    if (!digests.isEmpty())
        result->digest = digests.first().toString().section(QLatin1Char('@'), 1);
    return true;
}

QList<BuildResult> Builder::buildAll(const QString &root, const BuildOptions &options)
{
    QList<BuildResult> results;
    const QStringList folders = BuildDefinition::findDefinitions(root);
    for (int i = 0; i < folders.size() && !m_cancel.load(); ++i) {
        Q_EMIT definitionStarted(folders.at(i), i + 1, int(folders.size()));
        results << build(BuildDefinition::load(folders.at(i)), options);
    }
    return results;
}

} // namespace fleet
