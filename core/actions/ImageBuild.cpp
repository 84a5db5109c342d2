#include "actions/ImageBuild.h"

#include "history/HistoryStore.h"
#include "images/BuildDefinition.h"
#include "images/Catalog.h"
#include "images/Dockerfile.h"

#include <QDir>
#include <QFileInfo>

namespace fleet {

Failure ImageBuild::check(const BuildParams &params, bool *single)
{
    if (params.folder.isEmpty() || !QFileInfo(params.folder).isDir())
        return Failure::make(FailureKind::Usage,
                             tr("%1 is not a folder: name an image definition (Dockerfile and image.json) or a "
                                "folder of them.")
                                 .arg(params.folder.isEmpty() ? tr("(no folder)") : params.folder));
    const QDir dir(params.folder);
    const bool isDefinition = dir.exists(QString::fromLatin1(BuildDefinition::kMetadataFile))
        || dir.exists(QString::fromLatin1(Dockerfile::kFileName));
    const bool one = params.scope == BuildParams::Scope::Single
        || (params.scope == BuildParams::Scope::Auto && isDefinition);
    if (single)
        *single = one;
    if (!one && BuildDefinition::findDefinitions(params.folder).isEmpty())
        return Failure::make(FailureKind::Usage, tr("%1 holds no image definition: each needs a folder with a "
                                                    "Dockerfile and image.json (see images/README.md).")
                                                     .arg(params.folder));
    return {};
}

BuildOutcome ImageBuild::run(Builder &builder, const BuildParams &params)
{
    BuildOutcome outcome;
    bool single = true;
    outcome.failure = check(params, &single);
    if (!outcome.failure.ok())
        return outcome;

    HistoryStore store; // this thread's own connection, opened at the first image built
    QObject recorder;   // the connection below lives as long as this call
    QObject::connect(&builder, &Builder::finished, &recorder, [&](const BuildResult &result) {
        if (!result.ok() || params.dbPath.isEmpty() || !outcome.catalogProblem.isEmpty())
            return;
        if ((!store.isOpen() && !store.open(params.dbPath)) || !Catalog(store.database()).record(result))
            outcome.catalogProblem = store.errorString();
    }, Qt::DirectConnection);
    outcome.results = single ? QList<BuildResult>{builder.build(BuildDefinition::load(params.folder), params.options)}
                             : builder.buildAll(params.folder, params.options);

    bool unreachable = false, failed = false, cancelled = false;
    QStringList errors;
    for (const BuildResult &result : std::as_const(outcome.results)) {
        unreachable = unreachable || result.daemonUnreachable;
        cancelled = cancelled || result.status == BuildResult::Status::Cancelled;
        failed = failed || !result.ok();
        if (!result.ok() && !result.error.isEmpty())
            errors << result.error;
    }
    if (outcome.results.isEmpty())
        outcome.failure = Failure::make(FailureKind::Failed, tr("no definitions were built in %1").arg(params.folder));
    else if (unreachable)
        outcome.failure = Failure::make(FailureKind::Unreachable, errors.value(0));
    else if (cancelled)
        outcome.failure = Failure::make(FailureKind::Cancelled, tr("The build was cancelled."));
    else if (failed)
        outcome.failure = Failure::make(FailureKind::Failed, errors.join(QLatin1Char('\n')));
    return outcome;
}

} // namespace fleet
