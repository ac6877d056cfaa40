package org.commonground.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browserless UI test (extend SpringBrowserlessTest) over the demo library, so the demo
 * accounts director, staff, partner and admin exist for {@code @WithUserDetails}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "commonground.demo-data=true")
@ActiveProfiles("test")
public @interface ViewTest {}
