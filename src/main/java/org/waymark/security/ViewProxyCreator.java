package org.waymark.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.aop.Advisor;
import org.springframework.aop.config.AopConfigUtils;
import org.springframework.aop.framework.autoproxy.InfrastructureAdvisorAutoProxyCreator;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.util.ClassUtils;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;

/**
 * Spring's proxy creator for method security and transactions, which remembers which advisors
 * apply to a Vaadin view's class instead of working it out again for every view it wraps, and
 * leaves the shell around the pages unwrapped.
 *
 * <p>Views carry {@code @RolesAllowed} or {@code @PermitAll}, and JSR-250 method security is on, so
 * every view Vaadin creates on a navigation is wrapped in a proxy (DD022). Spring's creator matches every
 * advisor (pre- and post-authorize, filters, transactions) against every method of the class's
 * whole Vaadin hierarchy each time it wraps one, because it remembers only which classes it never
 * wraps. Under 1,000 users that matching took 15 to 17 of 35 to 45 busy request threads
 * (docs/performance.md, issue 23). The advisors are the application's fixed infrastructure beans,
 * made before the first view, so the answer for a view class does not change: it is kept per class
 * for Vaadin components, and worked out as before for everything else.
 */
final class ViewProxyCreator extends InfrastructureAdvisorAutoProxyCreator {

    private final Map<Class<?>, List<Advisor>> byViewClass = new ConcurrentHashMap<>();

    /**
     * The shell around the pages (a router layout that is no route itself) is not wrapped. Vaadin
     * keeps a layout from one page to the next only when the class it finds on the page is the one
     * the route asks for, which a proxy's class never is; wrapped, the shell was built again on
     * every navigation. It holds nothing method security guards: Vaadin's navigation checks its
     * {@code @PermitAll}, and it redraws itself when the person or the language changes.
     */
    @Override
    protected boolean shouldSkip(Class<?> beanClass, String beanName) {
        return isShell(beanClass) || super.shouldSkip(beanClass, beanName);
    }

    static boolean isShell(Class<?> type) {
        return RouterLayout.class.isAssignableFrom(type) && !type.isAnnotationPresent(Route.class);
    }

    @Override
    protected List<Advisor> findEligibleAdvisors(Class<?> beanClass, String beanName) {
        if (!Component.class.isAssignableFrom(beanClass)) {
            return super.findEligibleAdvisors(beanClass, beanName);
        }
        return byViewClass.computeIfAbsent(beanClass, type -> List.copyOf(super.findEligibleAdvisors(type, beanName)));
    }

    /** Whether the view class's advisors are remembered (for tests). */
    boolean remembers(Class<?> viewClass) {
        return byViewClass.containsKey(viewClass);
    }

    /**
     * Makes the infrastructure proxy creator that {@code @EnableMethodSecurity} and Spring Boot
     * register a {@link ViewProxyCreator}, before any bean is made. The definition keeps its class
     * name, which Spring's {@code AopConfigUtils} compares when Boot registers the creator again (it
     * refuses names it does not know), and gains a supplier of the subclass; its properties (proxying
     * classes, not interfaces) are applied to the subclass as before. Were the creator ever escalated
     * to another kind (an AspectJ one), the supplier makes that kind, unchanged.
     */
    static final class Registration implements BeanDefinitionRegistryPostProcessor {

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
            String name = AopConfigUtils.AUTO_PROXY_CREATOR_BEAN_NAME;
            if (registry.containsBeanDefinition(name)
                    && registry.getBeanDefinition(name) instanceof AbstractBeanDefinition creator) {
                creator.setInstanceSupplier(() -> INFRASTRUCTURE.equals(creator.getBeanClassName())
                        ? new ViewProxyCreator()
                        : BeanUtils.instantiateClass(ClassUtils.resolveClassName(
                                java.util.Objects.requireNonNull(creator.getBeanClassName()), null)));
            }
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            // the definition was given its supplier above; nothing to do once beans are defined
        }
    }

    private static final String INFRASTRUCTURE = InfrastructureAdvisorAutoProxyCreator.class.getName();
}
