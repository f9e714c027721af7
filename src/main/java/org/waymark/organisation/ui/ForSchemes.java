package org.waymark.organisation.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.waymark.organisation.domain.Scheme;

/**
 * The schemes a view belongs to: a user of an authority that runs none of them neither sees it in
 * the menu nor can open it ({@link SchemeGate}). Views without it belong to every scheme.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ForSchemes {

    Scheme[] value();
}
