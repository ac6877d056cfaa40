package org.commonground.testsupport;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/** After each test, the context's test clock runs with the system clock again (registered in spring.factories). */
public class ClockReset implements TestExecutionListener {

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext
                    .getApplicationContext()
                    .getBeanProvider(MutableClock.class)
                    .ifAvailable(MutableClock::reset);
        }
    }
}
