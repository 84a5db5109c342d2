#pragma once

#include <QString>

namespace fleet {

// CPU architectures in Docker's (GOARCH) words, so an image's and a node's can be compared: the kernel says
// x86_64 or aarch64 (`uname -m`, `docker info` Architecture), an image config amd64 or arm64 (+ variant).
class Architecture final
{
public:
    // "amd64", "arm64", "arm/v7", "arm/v6", "386", "ppc64le", "s390x", "riscv64"…; empty for empty input. Accepts
    // both spellings (x86_64 = amd64, aarch64 = arm64 = arm64/v8, armv7l = arm + v7, i686 = 386) in any case.
    // `variant` is the image config's Variant (v7, v8…), ignored where it does not matter (arm64's v8).
    static QString normalize(const QString &arch, const QString &variant = {});
    // Whether an image of `image` runs on a node of `node` (both normalized, or raw: they are normalized here).
    // arm/v6 runs on an arm/v7 node; arm without a variant matches any arm. Unknown (empty) on either side: true.
    static bool compatible(const QString &image, const QString &node);
    // The platform to build for on such a node, for messages: "linux/arm64".
    static QString platformFor(const QString &node);
};

} // namespace fleet
