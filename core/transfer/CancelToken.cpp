#include "transfer/CancelToken.h"

#include "ssh/SshSession.h"

namespace fleet {

void CancelToken::cancel()
{
    m_cancelled = true;
    QMutexLocker lock(&m_mutex);
    if (m_session)
        m_session->interrupt();
}

void CancelToken::attach(SshSession *session)
{
    QMutexLocker lock(&m_mutex);
    m_session = session;
    if (m_cancelled && session)
        session->interrupt();
}

void CancelToken::detach(SshSession *session)
{
    QMutexLocker lock(&m_mutex);
    if (m_session == session)
        m_session = nullptr;
}

} // namespace fleet
