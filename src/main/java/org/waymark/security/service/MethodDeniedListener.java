package org.waymark.security.service;

import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.stereotype.Component;
import org.waymark.audit.service.AuditLog;

/**
 * Audits a call a service refused by role (method security), naming the service and use case.
 * Refusals by scope are audited by the services themselves, against the child's record; web
 * request refusals (someone not signed in) are not records of anyone's data and are left out.
 */
@Component
class MethodDeniedListener {

    private final AuditLog auditLog;

    MethodDeniedListener(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        MethodInvocation invocation = invocation(event.getObject());
        if (invocation != null) {
            auditLog.recordDenied("CALL", "SERVICE", null, invocation.getMethod().getDeclaringClass().getSimpleName()
                    + "." + invocation.getMethod().getName());
        }
    }

    private static @Nullable MethodInvocation invocation(Object object) {
        if (object instanceof MethodInvocation invocation) {
            return invocation;
        }
        return object instanceof MethodInvocationResult result ? result.getMethodInvocation() : null;
    }
}
