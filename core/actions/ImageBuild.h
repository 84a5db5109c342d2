#pragma once

#include "images/BuildResult.h"
#include "images/Builder.h"
#include "model/Failure.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fleet {

struct BuildParams
{
    enum class Scope {
        Auto,   // a definition if the folder has image.json or a Dockerfile, else every definition below it
        Single, // the folder is one definition
        All,    // every definition below the folder
    };
    QString folder;
    Scope scope = Scope::Auto;
    BuildOptions options; // tag, build args, context files, tag policy (from FleetSettings), engine
    QString dbPath;       // the catalog; empty: not recorded
};

struct BuildOutcome
{
    Failure failure; // Usage (no such folder, no definition), Unreachable (engine), Failed, Cancelled
    QList<BuildResult> results;
    QString catalogProblem; // set when images were built but could not be recorded in the catalog
    bool ok() const { return failure.ok(); }
};

// Building image definitions and recording what was built in the catalog: the steps `fleetctl build` and the
// desktop's Build dialog share. Progress (definition started, Step n/m, log lines) and cancel go through the
// Builder the caller passes in and connects to. Each image is recorded as soon as it is built, so a later failure
// or cancel loses nothing. Synchronous: the GUI calls it on a worker.
class ImageBuild final
{
    Q_DECLARE_TR_FUNCTIONS(ImageBuild)

public:
    // The definition folders `params` names, or a Usage failure that says what is wrong with the folder.
    static Failure check(const BuildParams &params, bool *single = nullptr);
    static BuildOutcome run(Builder &builder, const BuildParams &params);
};

} // namespace fleet
