package org.fundtrail.transparency;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.sql.SQLException;

/** The public pages' own connection pool; deliberately not a {@code DataSource} bean, so nothing else picks it up. */
@Configuration(proxyBeanMethods = false)
class PublicReadPoolConfiguration {

    @Bean(destroyMethod = "close")
    PublicReadPool publicReadPool(DataSource primary, @Value("${fundtrail.public.pool-size:4}") int size)
            throws SQLException {
        return PublicReadPool.alongside(primary, size);
    }
}
