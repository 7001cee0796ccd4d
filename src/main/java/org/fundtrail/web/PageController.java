package org.fundtrail.web;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller that answers with HTML pages (the public pages and the staff workspace) rather than JSON. Its
 * refusals are rendered as pages by {@link PageErrors}; the API's problem+json handler leaves it alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
