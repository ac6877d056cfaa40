package org.commonground.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client address in a sliding window, whatever the account: one address trying many
 * user names is held back even though no single account reaches its lockout. Kept in memory (per
 * instance): it slows guessing down; the per-account lockout, kept in the database, is what holds.
 */
@Component
class AddressThrottle {

    /** Beyond this many addresses, the oldest are forgotten, so a flood of addresses cannot fill memory. */
    private static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final SignInProperties properties;
    private final Clock clock;

    AddressThrottle(SignInProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    void recordFailure(String address) {
        if (address == null) {
            return;
        }
        if (failures.size() >= MAX_ADDRESSES) {
            forgetOld();
        }
        Deque<Instant> list = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (list) {
            list.addLast(clock.instant());
            prune(list);
        }
    }

    /** Whether this address has failed too often within the window to try again now. */
    boolean isThrottled(String address) {
        Deque<Instant> list = address == null ? null : failures.get(address);
        if (list == null) {
            return false;
        }
        synchronized (list) {
            prune(list);
            return list.size() >= properties.addressFailures();
        }
    }

    private void prune(Deque<Instant> list) {
        Instant since = clock.instant().minus(properties.addressWindow());
        while (!list.isEmpty() && !list.peekFirst().isAfter(since)) {
            list.removeFirst();
        }
    }

    private void forgetOld() {
        Iterator<Map.Entry<String, Deque<Instant>>> it = failures.entrySet().iterator();
        while (it.hasNext()) {
            Deque<Instant> list = it.next().getValue();
            synchronized (list) {
                prune(list);
                if (list.isEmpty()) {
                    it.remove();
                }
            }
        }
        if (failures.size() >= MAX_ADDRESSES) {
            failures.clear();
        }
    }

    /** For tests: forget every address. */
    void clear() {
        failures.clear();
    }
}
