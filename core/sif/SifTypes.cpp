#include "sif/SifTypes.h"

#include <cstring>

namespace fleet {

QString sifDataTypeName(SifDataType type)
{
    switch (type) {
    case SifDataType::Deffile: return QStringLiteral("Def.FILE");
    case SifDataType::EnvVar: return QStringLiteral("Env.Vars");
    case SifDataType::Labels: return QStringLiteral("JSON.Labels");
    case SifDataType::Partition: return QStringLiteral("FS");
    case SifDataType::Signature: return QStringLiteral("Signature");
    case SifDataType::GenericJSON: return QStringLiteral("JSON.Generic");
    case SifDataType::Generic: return QStringLiteral("Generic/Raw");
    case SifDataType::CryptoMessage: return QStringLiteral("Cryptographic Message");
    case SifDataType::SBOM: return QStringLiteral("SBOM");
    case SifDataType::OCIRootIndex: return QStringLiteral("OCI.RootIndex");
    case SifDataType::OCIBlob: return QStringLiteral("OCI.Blob");
    }
    return QStringLiteral("Unknown");
}

QString sifFsTypeName(SifFsType type)
{
    switch (type) {
    case SifFsType::Squash: return QStringLiteral("Squashfs");
    case SifFsType::Ext3: return QStringLiteral("Ext3");
    case SifFsType::ImmuObj: return QStringLiteral("Archive");
    case SifFsType::Raw: return QStringLiteral("Raw");
    case SifFsType::EncryptedSquashfs: return QStringLiteral("Encrypted squashfs");
    }
    return QStringLiteral("Unknown");
}

QString sifPartTypeName(SifPartType type)
{
    switch (type) {
    case SifPartType::System: return QStringLiteral("System");
    case SifPartType::PrimSys: return QStringLiteral("*System");
    case SifPartType::Data: return QStringLiteral("Data");
    case SifPartType::Overlay: return QStringLiteral("Overlay");
    }
    return QStringLiteral("Unknown");
}

QString sifHashTypeName(SifHashType type)
{
    // Go's crypto.Hash names, which siftool prints.
    switch (type) {
    case SifHashType::SHA256: return QStringLiteral("SHA-256");
    case SifHashType::SHA384: return QStringLiteral("SHA-384");
    case SifHashType::SHA512: return QStringLiteral("SHA-512");
    case SifHashType::BLAKE2S: return QStringLiteral("BLAKE2s-256");
    case SifHashType::BLAKE2B: return QStringLiteral("BLAKE2b-256");
    }
    return QStringLiteral("Unknown");
}

QString sifFormatTypeName(SifFormatType type)
{
    switch (type) {
    case SifFormatType::OpenPGP: return QStringLiteral("OpenPGP");
    case SifFormatType::PEM: return QStringLiteral("PEM");
    }
    return QStringLiteral("Unknown");
}

QString sifMessageTypeName(SifMessageType type)
{
    switch (type) {
    case SifMessageType::ClearSignature: return QStringLiteral("Clear Signature");
    case SifMessageType::RSAOAEP: return QStringLiteral("RSA-OAEP");
    }
    return QStringLiteral("Unknown");
}

QString sifSbomFormatName(SifSbomFormat format)
{
    switch (format) {
    case SifSbomFormat::CycloneDXJSON: return QStringLiteral("cyclonedx-json");
    case SifSbomFormat::CycloneDXXML: return QStringLiteral("cyclonedx-xml");
    case SifSbomFormat::GitHubJSON: return QStringLiteral("github-json");
    case SifSbomFormat::SPDXJSON: return QStringLiteral("spdx-json");
    case SifSbomFormat::SPDXRDF: return QStringLiteral("spdx-rdf");
    case SifSbomFormat::SPDXTagValue: return QStringLiteral("spdx-tag-value");
    case SifSbomFormat::SPDXYAML: return QStringLiteral("spdx-yaml");
    case SifSbomFormat::SyftJSON: return QStringLiteral("syft-json");
    }
    return QStringLiteral("unknown");
}

QString sifArchName(const char code[3])
{
    static const char *const names[] = {"386",    "amd64",  "arm",      "arm64", "ppc64",  "ppc64le",
                                        "mips",   "mipsle", "mips64",   "mips64le", "s390x", "riscv64"};
    // Codes are two ASCII digits and a NUL: "01" … "12".
    if (code[2] != '\0' || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9')
        return QStringLiteral("unknown");
    const int n = (code[0] - '0') * 10 + (code[1] - '0');
    if (n < 1 || n > int(std::size(names)))
        return QStringLiteral("unknown");
    return QString::fromLatin1(names[n - 1]);
}

} // namespace fleet
