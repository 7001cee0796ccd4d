package org.fundtrail.fund.api;

public enum Disposal { DISTRIBUTED, SOLD }
