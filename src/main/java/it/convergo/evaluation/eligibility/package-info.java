/** Step 1: the firm decides, one by one or in bulk, which submitted proposals are eligible. */
package it.convergo.evaluation.eligibility;
