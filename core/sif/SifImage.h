#pragma once

#include "sif/SifDescriptor.h"
#include "sif/SifHeader.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace fleet {

// A SIF (Singularity/Apptainer) image's header and descriptors, read natively (no apptainer binary). The input
// is untrusted: every offset and size is checked against the file's size, the descriptor table is capped
// (kMaxDescriptors), objects may not overlap; a refused file gets a reason naming the field. Only the header and
// the descriptor table are read at open(); objects are read on demand, bounded (objectData) or streamed
// (SifDigest), so multi-GB images cost nothing to open.
class SifImage
{
public:
    static constexpr qint64 kHeaderSize = 128;
    static constexpr qint64 kDescriptorSize = 585;
    static constexpr qint64 kMaxDescriptors = 1024;
    static constexpr qint64 kMetadataCap = 1 << 20; // labels, deffile, signatures: small objects

    static std::optional<SifImage> open(const QString &path, QString *error);
    // The device must be open, readable and seekable (a file, a QBuffer); it is not kept.
    static std::optional<SifImage> read(QIODevice &device, QString *error);

    const QString &path() const { return m_path; }
    const SifHeader &header() const { return m_header; }
    // Used descriptors, in table order (as siftool lists them).
    const QList<SifDescriptor> &descriptors() const { return m_descriptors; }
    const SifDescriptor *descriptor(quint32 id) const;
    qint64 fileSize() const { return m_fileSize; }

    // The primary system partition (partition type *System, as `siftool add --parttype 2` and apptainer write),
    // else the first System partition; its arch is what "the image's architecture" means.
    std::optional<SifDescriptor> primaryPartition() const;
    // The image's architecture: the primary partition's, else the header's ("unknown" when neither says).
    QString architecture() const;

    // The JSON labels object (type Labels), empty when absent or not a JSON object.
    QJsonObject labels() const;
    // The definition file's text (type Deffile), empty when absent.
    QString deffile() const;

    // At most `cap` bytes of an object, read from the path this image was opened from (empty on a read error,
    // with *error set when given). Data larger than cap is refused rather than cut, unless truncate is true.
    QByteArray objectData(const SifDescriptor &descriptor, qint64 cap, QString *error = nullptr,
                          bool truncate = false) const;
    // The same from an open device (the one read() was given, or the same file opened again).
    static QByteArray objectData(QIODevice &device, const SifDescriptor &descriptor, qint64 cap,
                                 QString *error = nullptr, bool truncate = false);

private:
    QString m_path;
    SifHeader m_header;
    QList<SifDescriptor> m_descriptors;
    qint64 m_fileSize = 0;
};

} // namespace fleet
