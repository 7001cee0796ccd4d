package org.fundtrail.programme.api;

/** Shenyang star-community ratings (星级社区). */
public enum StarRating { FIVE_STAR, FOUR_STAR, THREE_STAR }
