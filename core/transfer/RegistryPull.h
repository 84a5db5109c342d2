#pragma once

#include "images/TagPolicy.h"
#include "images/stores/StoreCredentials.h"
#include "images/stores/StoreLocation.h"
#include "model/Failure.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace fleet {

class DockerEngine;

// The pull stage: the workstation's engine fetches an image from its registry with the workstation's credentials
// (a node never sees them, and needs no route to the registry). Taken for a registry store's image, and for an
// image the local engine lacks whose reference names a trusted registry (seed 004, step 1).
class RegistryPull final
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    struct Result
    {
        bool ok = false;
        QString message; // "pulled REF from registry://… in 1.2 s", or the failure with its cause and fix
        FailureKind failure = FailureKind::None;
        qint64 elapsedMs = 0;
    };

    // The registry a missing image may be pulled from: the one its reference names. A reference that names no
    // registry ("app:1.0.0") gives none: a local name is never looked up on Docker Hub behind the user's back.
    static std::optional<StoreLocation> registryOf(const QString &reference);

    // Pulls `reference` from `registry` into `engine`; it lands under the name it was asked for. One pull at a
    // time in the process (jobs of one fan-out share the image): a job that waited finds the image already
    // there and says so. The policy refuses registries that are not trusted.
    static Result pull(DockerEngine &engine, const StoreLocation &registry, const StoreCredentials &credentials,
                       const TagPolicy &policy, const QString &reference, const std::atomic_bool *cancel,
                       const Progress &progress);
};

} // namespace fleet
