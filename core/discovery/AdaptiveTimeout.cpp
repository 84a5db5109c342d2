#include "discovery/AdaptiveTimeout.h"

#include <cmath>

namespace fleet {

AdaptiveTimeout::AdaptiveTimeout(int maxMs, int minMs, bool enabled)
    : m_max(qint64(qMax(1, maxMs)) * 1000)
    , m_min(qint64(qBound(1, minMs, qMax(1, maxMs))) * 1000)
    , m_enabled(enabled)
    , m_bound(m_max)
{
}

void AdaptiveTimeout::addSample(qint64 micros)
{
    const double r = double(qMax<qint64>(1, micros));
    if (m_samples == 0) {
        m_srtt = r;
        m_rttvar = r / 2;
    } else {
        m_rttvar = 0.75 * m_rttvar + 0.25 * std::fabs(m_srtt - r);
        m_srtt = 0.875 * m_srtt + 0.125 * r;
    }
    ++m_samples;
    update();
}

void AdaptiveTimeout::update()
{
    if (!m_enabled || m_samples < kMinSamples)
        return;
    const double estimate = qMax(m_srtt + 4 * m_rttvar, kMargin * m_srtt);
    m_bound = qBound(m_min, qint64(estimate), m_max);
}

} // namespace fleet
