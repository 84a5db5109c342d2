#pragma once

#include "images/stores/ImageStore.h"

namespace fleet {

// A folder of `<name>_<tag>.tar` archives (`docker save` format), each with a `.tar.json` sidecar (reference,
// image ID, sha256, size, created). Archives are written through QSaveFile (a temporary file renamed at the
// end), so a failed, cancelled or crashed put never leaves a partial archive under the final name; a full disk
// is reported as such and leaves nothing. get() checks size and sha256 before the first byte reaches the
// daemon, and again while streaming.
class FolderStore final : public ImageStore
{
public:
    explicit FolderStore(QString directory);

    QString location() const override { return QStringLiteral("dir:") + m_dir; }
    std::optional<QList<StoredArchive>> list() override;
    std::optional<StoredArchive> put(DockerEngine &engine, const QString &reference) override;
    bool get(DockerEngine &engine, const QString &reference) override;
    bool remove(const QString &reference) override;
    std::unique_ptr<ArchiveStream> open(const QString &reference) override;
    std::optional<StoredArchive> describe(const QString &reference) override;

    QString archivePath(const ImageReference &reference) const;

private:
    std::optional<StoredArchive> readSidecar(const QString &archiveName, QString *problem) const;
    // The sidecar of `reference`'s archive when the file is there and has the recorded size; error() otherwise.
    std::optional<StoredArchive> recordedArchive(const ImageReference &reference);
    bool failIntegrity(const ImageReference &reference, const QString &why);
    bool writeSidecar(const StoredArchive &archive);
    // sha256 of a file, reported as phase "verify"; empty on a read error (error() says why).
    QString hashFile(const QString &path, qint64 size);
    bool failWrite(const QString &path, const QString &why);

    QString m_dir;
};

} // namespace fleet
