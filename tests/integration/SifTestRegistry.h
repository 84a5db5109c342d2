#pragma once

// Registries for the SIF registry tests, built in a temporary folder from sylabs/sif's reference images
// (Debian's golang-github-sylabs-sif-dev).
#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QString>

namespace fleet::test {

inline QString sifReferenceImage(const QString &name)
{
    return QStringLiteral("/usr/share/gocode/src/github.com/sylabs/sif/test/images/") + name;
}

// Copies the reference image `reference` to ROOT/images/PARTITION/NAME; `padding` random bytes after it make a
// bigger file for transfer tests (the reader accepts data past the last object). Returns the path, empty on error.
inline QString addSifImage(const QString &root, const QString &partition, const QString &name,
                           const QString &reference = QStringLiteral("one-group.sif"), qint64 padding = 0)
{
    const QString dir = root + QStringLiteral("/images/") + partition;
    QDir().mkpath(dir);
    QFile in(sifReferenceImage(reference));
    QFile out(dir + QLatin1Char('/') + name);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    out.write(in.readAll());
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 left = padding; left > 0; left -= chunk.size()) {
        if (left < chunk.size())
            chunk.resize(left);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        out.write(chunk);
    }
    return out.fileName();
}

inline QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

inline bool writeTextFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

} // namespace fleet::test
