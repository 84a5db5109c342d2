#pragma once

#include "images/stores/ImageStore.h"

namespace fleet {

// A folder of `<name>_<tag>.tar` archives (`docker save` format; `<archive>.tar` for one put with a name), each with a
// `.tar.json` sidecar (reference, archive name, image ID, sha256, size, created). Archives are written through
// QSaveFile (a temporary file renamed at the end), so a failed, cancelled or crashed put never leaves a partial archive
// under the final name; a full disk is reported as such and leaves nothing. get() checks size and sha256 before the
// first byte reaches the daemon, and again while streaming.
class FolderStore final : public ImageStore
{
public:
    explicit FolderStore(QString directory);

    QString location() const override { return QStringLiteral("dir:") + m_dir; }
    std::optional<QList<StoredArchive>> list() override;
    std::optional<StoredArchive> put(DockerEngine &engine, const QString &reference,
                                     const QString &archiveName = {}) override;
    bool get(DockerEngine &engine, const QString &text) override;
    bool remove(const QString &text) override;
    std::unique_ptr<ArchiveStream> open(const QString &text) override;
    std::optional<StoredArchive> describe(const QString &text) override;

    QString archivePath(const ImageReference &reference) const;

private:
    QString filePath(const QString &fileName) const { return m_dir + QLatin1Char('/') + fileName; }
    std::optional<StoredArchive> readSidecar(const QString &archiveName, QString *problem) const;
    // The file name of the archive `query` names (the lookup rule in ImageStore.h); empty with error() when the
    // folder has none. Its own file name is taken even when its sidecar is missing or damaged (get refuses such
    // an archive, rm removes it).
    QString locate(const Query &query);
    // The sidecar of the archive `query` names when the file is there and has the recorded size; error() otherwise.
    std::optional<StoredArchive> recordedArchive(const Query &query);
    std::unique_ptr<ArchiveStream> openRecorded(const Query &query, const StoredArchive &recorded);
    bool failIntegrity(const QString &path, const QString &why, const QString &putCommand);
    bool writeSidecar(const StoredArchive &archive);
    // sha256 of a file, reported as phase "verify"; empty on a read error (error() says why).
    QString hashFile(const QString &path, qint64 size);
    bool failWrite(const QString &path, const QString &why);

    QString m_dir;
};

} // namespace fleet
