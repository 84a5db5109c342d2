#pragma once

#include <QtGlobal>

namespace fleet {

// The connect bound of a scan, learnt from the hosts that answer (a SYN-ACK or a RST is an answer): smoothed
// RTT plus four deviations (RFC 6298), with a generous margin, kept between a floor and the user's timeout.
// On a LAN or loopback, where answers come in well under a millisecond, silent addresses are given up after
// the floor instead of the full timeout: this is what makes a sweep with many silent addresses fast.
class AdaptiveTimeout
{
public:
    static constexpr int kMinSamples = 4; // a few answers before trusting the estimate
    static constexpr int kMargin = 8;     // bound ≥ 8 × smoothed RTT (bursty Wi-Fi, busy hosts)

    AdaptiveTimeout(int maxMs, int minMs, bool enabled);

    void addSample(qint64 micros);
    qint64 boundMicros() const { return m_bound; }
    int samples() const { return m_samples; }

private:
    void update();

    qint64 m_max, m_min;
    bool m_enabled;
    int m_samples = 0;
    double m_srtt = 0, m_rttvar = 0;
    qint64 m_bound;
};

} // namespace fleet
