/** Steps 6 and 7: the firm ranks, decides and publishes; applicants read their outcome and Evaluation Summary Report. */
package it.convergo.evaluation.results;
