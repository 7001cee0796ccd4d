package org.fundtrail;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FundtrailApplication {
    public static void main(String[] args) {
        SpringApplication.run(FundtrailApplication.class, args);
    }
}
