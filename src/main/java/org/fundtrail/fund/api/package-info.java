/** Commands, events and ids of community funds: the only types of {@code fund} other capabilities may import. */
package org.fundtrail.fund.api;
