/** The proposal pages: the applicant's editor and list, starting a proposal, the firm's reading after closing. */
@NullMarked
package it.convergo.proposal.ui;

import org.jspecify.annotations.NullMarked;
