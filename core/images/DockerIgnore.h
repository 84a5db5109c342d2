#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace fleet {

// .dockerignore as the Docker CLI reads it (moby/patternmatcher): one pattern per line, `#` comments, paths
// cleaned and relative to the context root, `*` and `?` within one path element, `**` across any number of
// them, `[...]` classes, `!` re-includes. The last matching pattern wins, and a pattern that matches a parent
// folder matches everything in it.
class DockerIgnore final
{
public:
    static constexpr const char *kFileName = ".dockerignore";

    DockerIgnore() = default;
    static DockerIgnore parse(const QByteArray &content);
    static DockerIgnore fromFile(const QString &path); // empty (nothing ignored) when the file does not exist

    // `path` is relative to the context root with '/' separators ("src/main.cpp").
    bool isExcluded(const QString &path) const;
    // True when some `!` pattern exists: an excluded folder must then still be walked into.
    bool hasExceptions() const { return m_hasExceptions; }
    bool isEmpty() const { return m_patterns.isEmpty(); }
    // Adds "!path": the Dockerfile and .dockerignore always reach the daemon, as the CLI does.
    void keep(const QString &path);

    static QString cleanPath(const QString &path); // Go's filepath.Clean, relative, '/' separators

private:
    struct Pattern
    {
        QString text;
        QRegularExpression regex;
        bool exclusion = false; // a "!" line
    };
    void add(QString pattern, bool exclusion);

    QList<Pattern> m_patterns;
    bool m_hasExceptions = false;
};

} // namespace fleet
