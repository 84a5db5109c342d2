#pragma once

#include <QString>
#include <QStringList>

namespace fleet {

// Quotes one value for a POSIX shell so that it always reaches the command as a single literal word.
// Every value that ends up in a remote command line goes through here.
QString shellQuote(const QString &value);

// Joins program and arguments, each quoted.
QString shellJoin(const QStringList &words);

} // namespace fleet
