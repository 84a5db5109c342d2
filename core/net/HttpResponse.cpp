#include "net/HttpResponse.h"

namespace fleet {

QByteArray HttpResponse::header(const QByteArray &lowercaseName) const
{
    for (auto it = headers.crbegin(); it != headers.crend(); ++it)
        if (it->first == lowercaseName)
            return it->second;
    return {};
}

} // namespace fleet
