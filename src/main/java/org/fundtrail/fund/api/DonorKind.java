package org.fundtrail.fund.api;

public enum DonorKind { INDIVIDUAL, COMPANY, ORGANISATION }
