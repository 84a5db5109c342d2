#pragma once

#include <QString>

#include <cstdint>

namespace fleet {

// The numbers are the SIF specification's (github.com/sylabs/sif pkg/sif/sif.go): they are what the file holds.
enum class SifDataType : std::int32_t {
    Deffile = 0x4001,
    EnvVar = 0x4002,
    Labels = 0x4003,
    Partition = 0x4004,
    Signature = 0x4005,
    GenericJSON = 0x4006,
    Generic = 0x4007,
    CryptoMessage = 0x4008,
    SBOM = 0x4009,
    OCIRootIndex = 0x400a,
    OCIBlob = 0x400b,
};

enum class SifFsType : std::int32_t { Squash = 1, Ext3 = 2, ImmuObj = 3, Raw = 4, EncryptedSquashfs = 5 };
// PrimSys is the primary system partition (the one a runtime mounts), printed "*System" by siftool.
enum class SifPartType : std::int32_t { System = 1, PrimSys = 2, Data = 3, Overlay = 4 };
enum class SifHashType : std::int32_t { SHA256 = 1, SHA384 = 2, SHA512 = 3, BLAKE2S = 4, BLAKE2B = 5 };
enum class SifFormatType : std::int32_t { OpenPGP = 1, PEM = 2 };
enum class SifMessageType : std::int32_t { ClearSignature = 0x100, RSAOAEP = 0x200 };
enum class SifSbomFormat : std::int32_t {
    CycloneDXJSON = 1,
    CycloneDXXML,
    GitHubJSON,
    SPDXJSON,
    SPDXRDF,
    SPDXTagValue,
    SPDXYAML,
    SyftJSON,
};

// Names as siftool prints them ("FS", "JSON.Generic", "Squashfs", "*System", "SHA-256", "cyclonedx-json"…);
// values outside the specification give "Unknown" ("unknown" for SBOM formats), as siftool does.
QString sifDataTypeName(SifDataType type);
QString sifFsTypeName(SifFsType type);
QString sifPartTypeName(SifPartType type);
QString sifHashTypeName(SifHashType type);
QString sifFormatTypeName(SifFormatType type);
QString sifMessageTypeName(SifMessageType type);
QString sifSbomFormatName(SifSbomFormat format);
// The header's and a partition's three-byte architecture code ("02") as Go names it ("amd64"), else "unknown".
QString sifArchName(const char code[3]);

} // namespace fleet
