#pragma once

#include "model/Job.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace fleet {

struct CatalogEntry;

// What an image says about running it: its catalog entry's image.json (cpu_limit, mem_limit, gpu_required), else
// the io.fleetcommander.* labels the builder wrote into it (images built on another workstation, archives).
struct ImageRunDefaults
{
    double cpus = 0;        // 0: no limit
    qint64 memoryBytes = 0; // 0: no limit
    bool gpu = false;
    QString from; // "the catalog", "the image's labels", or empty when neither said anything
};

// Who started a container, when, and from what: the labels that mark it as managed by the fleet.
struct DeployStamp
{
    QString imageId;    // sha256:… (the config digest: the same on every node)
    QString deployedBy; // user@host of the workstation
    QDateTime deployedAt;
    QString requestId;  // io.fleetcommander.request: a retry finds the container it started
};

// The run stage's plan, as pure functions: the one rule for filling a request's unset run options from the
// image's defaults, and the `docker run` flags (limits, GPU, network, labels) that come of it.
class RunPlan final
{
public:
    static constexpr const char *kManagedLabel = "io.fleetcommander.managed";
    static constexpr const char *kImageIdLabel = "io.fleetcommander.image-id";
    static constexpr const char *kDeployedByLabel = "io.fleetcommander.deployed-by";
    static constexpr const char *kDeployedAtLabel = "io.fleetcommander.deployed-at";

    // The catalog entry wins over the labels (it is what the admin edited and rebuilt).
    static ImageRunDefaults defaultsFrom(const std::optional<CatalogEntry> &entry,
                                         const QMap<QString, QString> &imageLabels);
    // `requested` with each unset value (cpus, memoryBytes, gpus) taken from `defaults`; set values win.
    static RunOptions resolve(const RunOptions &requested, const ImageRunDefaults &defaults);
    // "--pull=never", limits, "--gpus all", "--network", then every label (the fleet's and the request's).
    static QStringList runFlags(const RunOptions &effective, const DeployStamp &stamp);
    static QStringList managedLabels(const DeployStamp &stamp); // KEY=VALUE, io.fleetcommander.* only
    // "root@workstation": the local user (USER, else the account) at this machine's host name.
    static QString localDeployer();
    // "1.5 CPUs, 512 MiB, GPU" for messages; "no limits" when none.
    static QString describe(const RunOptions &effective);
    static QString memoryText(qint64 bytes); // "512 MiB", "2 GiB"
    // Docker's "--cpus" text for a number of CPUs (no exponent, no trailing zeros).
    static QString cpusText(double cpus);
};

} // namespace fleet
